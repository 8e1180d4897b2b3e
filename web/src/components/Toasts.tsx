import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/I18nProvider.js";
import { Icon } from "./Icon.js";

type Tone = "success" | "error";
type Toast = { id: number; tone: Tone; message: string };
type Toaster = { success: (message: string) => void; error: (message: string) => void };

const ToastContext = createContext<Toaster | null>(null);
const LIFETIME_MS = { success: 4000, error: 7000 } as const;

/** Shows short confirmations and failures in live regions screen readers announce. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id));
  }, []);

  const push = useCallback(
    (tone: Tone, message: string) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, tone, message }]);
      window.setTimeout(() => dismiss(id), LIFETIME_MS[tone]);
    },
    [dismiss],
  );

  const toaster = useMemo<Toaster>(
    () => ({ success: (m) => push("success", m), error: (m) => push("error", m) }),
    [push],
  );

  const render = (tone: Tone) =>
    toasts
      .filter((toast) => toast.tone === tone)
      .map((toast) => (
        <div key={toast.id} className={`toast toast-${tone}`}>
          <Icon name={tone === "success" ? "check-circle" : "alert"} />
          <p>{toast.message}</p>
          <button
            type="button"
            className="icon-button"
            onClick={() => dismiss(toast.id)}
            aria-label={t("common.dismiss")}
          >
            <Icon name="x" />
          </button>
        </div>
      ));

  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <section className="toasts" aria-label={t("common.notifications")}>
        <div role="status" aria-live="polite">
          {render("success")}
        </div>
        <div role="alert" aria-live="assertive">
          {render("error")}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

/** Shows a toast: `toast.success("Saved")`. */
export function useToast(): Toaster {
  const value = useContext(ToastContext);
  if (!value) throw new Error("useToast must be used inside <ToastProvider>");
  return value;
}
