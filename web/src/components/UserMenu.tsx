import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";
import { Avatar } from "./Avatar.js";
import { Icon } from "./Icon.js";
import { useToast } from "./Toasts.js";

/** The signed-in user's name with a small disclosure: settings and sign out. */
export function UserMenu() {
  const t = useT();
  const toast = useToast();
  const [, navigate] = useLocation();
  const { state, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey, true);
    };
  }, [open]);

  if (state.status !== "signedIn") return null;
  const { user } = state.me;

  const onSignOut = async () => {
    try {
      await signOut();
      navigate("/login", { replace: true });
      toast.success(t("auth.signedOut"));
    } catch {
      toast.error(t("errors.generic"));
    }
  };

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={user.name} seed={user.id} size="sm" />
        <span className="user-menu-name">
          <span className="visually-hidden">{t("nav.account")}: </span>
          {user.name}
        </span>
        <Icon name="chevron-down" size={16} />
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-email">{user.email}</p>
        <Link href="/settings" className="user-menu-item" onClick={() => setOpen(false)}>
          <Icon name="settings" />
          {t("nav.settings")}
        </Link>
        <button type="button" className="user-menu-item" onClick={onSignOut}>
          <Icon name="logout" />
          {t("nav.signOut")}
        </button>
      </div>
    </div>
  );
}
