import type {
  ChangePasswordBody,
  LoginBody,
  MeResponse,
  Organization,
  SignupBody,
  UpdateMeBody,
  User,
} from "../../../shared/schemas/auth.js";
import { request } from "./client.js";

/** Creates a user, an organization and an owner membership, and signs in. */
export const signup = (body: SignupBody) =>
  request<{ user: User; organization: Organization }>("POST", "/api/v1/auth/signup", body);

/** Starts a session with e-mail and password. */
export const login = (body: LoginBody) => request<{ user: User }>("POST", "/api/v1/auth/login", body);

/** Ends the current session. */
export const logout = () => request<void>("POST", "/api/v1/auth/logout");

/** The signed-in user with their memberships. */
export const getMe = () => request<MeResponse>("GET", "/api/v1/me");

/** Updates the signed-in user's profile. */
export const updateMe = (body: UpdateMeBody) => request<{ user: User }>("PATCH", "/api/v1/me", body);

/** Changes the password after checking the current one. */
export const changePassword = (body: ChangePasswordBody) => request<void>("PUT", "/api/v1/me/password", body);
