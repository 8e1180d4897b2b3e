import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { Membership, MeResponse, User } from "../../../shared/schemas/auth.js";
import { getMe, logout } from "../api/auth.js";
import { ApiError, setSessionLostHandler } from "../api/client.js";
import { initialLocale, useI18n } from "../i18n/I18nProvider.js";
import { pickMembership, rememberOrg } from "./currentOrg.js";

export type SessionState =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "signedOut" }
  | { status: "signedIn"; me: MeResponse };

type Session = {
  state: SessionState;
  /** Reloads /me; resolves with the fresh data or null when signed out. */
  refresh: () => Promise<MeResponse | null>;
  signOut: () => Promise<void>;
  /** Replaces the user after a profile change without a round trip. */
  updateUser: (user: User) => void;
  /** The membership the app is showing, when signed in. */
  membership: Membership | null;
  switchOrganization: (orgId: string) => void;
};

const SessionContext = createContext<Session | null>(null);

/** Loads the signed-in user and keeps the UI language and time zone in step with them. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [orgId, setOrgId] = useState<string | null>(null);
  const { setLocale, setTimeZone } = useI18n();

  const refresh = useCallback(async () => {
    try {
      const me = await getMe();
      setState({ status: "signedIn", me });
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setState({ status: "signedOut" });
        return null;
      }
      setState({ status: "error", error });
      throw error;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => undefined);
    setSessionLostHandler(() => setState({ status: "signedOut" }));
    return () => setSessionLostHandler(null);
  }, [refresh]);

  const me = state.status === "signedIn" ? state.me : null;
  useEffect(() => {
    if (me) {
      setLocale(me.user.locale);
      setTimeZone(me.user.timezone);
    } else if (state.status === "signedOut") {
      setLocale(initialLocale());
    }
  }, [me, state.status, setLocale, setTimeZone]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setState({ status: "signedOut" });
    }
  }, []);

  const updateUser = useCallback((user: User) => {
    setState((prev) => (prev.status === "signedIn" ? { status: "signedIn", me: { ...prev.me, user } } : prev));
  }, []);

  const switchOrganization = useCallback((next: string) => {
    rememberOrg(next);
    setOrgId(next);
  }, []);

  const membership = useMemo(() => (me ? pickMembership(me.memberships, orgId) : null), [me, orgId]);

  const value = useMemo<Session>(
    () => ({ state, refresh, signOut, updateUser, membership, switchOrganization }),
    [state, refresh, signOut, updateUser, membership, switchOrganization],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session: who is signed in and which organization is on screen. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}

/** The signed-in user and current membership; only for pages behind <RequireAuth>. */
export function useSignedIn(): { me: MeResponse; membership: Membership | null } {
  const { state, membership } = useSession();
  if (state.status !== "signedIn") throw new Error("useSignedIn needs a signed-in session");
  return { me: state.me, membership };
}
