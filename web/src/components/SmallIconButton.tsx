import { Icon, type IconName } from "./Icon.js";

type SmallIconButtonProps = { icon: IconName; label: string; onClick: () => void; disabled?: boolean };

/** A small button that shows only an icon; `label` names it for screen readers. */
export function SmallIconButton({ icon, label, onClick, disabled }: SmallIconButtonProps) {
  return (
    <button
      type="button"
      className="icon-button icon-button-sm"
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
    >
      <Icon name={icon} size={16} />
    </button>
  );
}
