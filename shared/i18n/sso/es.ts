import type { ssoEn } from "./en.js";

export const ssoEs: Record<keyof typeof ssoEn, string> = {
  "sso.login.or": "o",
  "sso.login.button": "Entrar con SSO",
  "sso.login.title": "Entrar con SSO",
  "sso.login.lead": "Escribe tu e-mail de trabajo. Te llevaremos a la página de inicio de sesión de tu empresa.",
  "sso.login.continue": "Continuar",
  "sso.login.redirecting": "Redirigiendo…",
  "sso.login.back": "Entrar con contraseña",
  "sso.error.sso_not_configured":
    "El inicio de sesión único no está configurado para este dominio de e-mail. Entra con tu contraseña.",
  "sso.error.sso_provider_unavailable":
    "El servicio de inicio de sesión de tu empresa no responde ahora. Inténtalo de nuevo en un momento.",
  "sso.error.sso_issuer_mismatch":
    "El servicio de inicio de sesión de tu empresa no se identificó como se esperaba, así que nos detuvimos. Pide a tu admin que revise la configuración de SSO.",
  "sso.error.sso_state_invalid": "Ese enlace de inicio de sesión caducó o ya se usó. Empieza de nuevo.",
  "sso.error.sso_denied": "El servicio de inicio de sesión de tu empresa no completó tu acceso.",
  "sso.error.sso_failed":
    "No pudimos verificar la respuesta del servicio de inicio de sesión de tu empresa. Inténtalo de nuevo.",
  "sso.error.sso_email_unverified":
    "El servicio de inicio de sesión de tu empresa no verificó tu e-mail, así que no podemos usarlo para que entres.",
  "sso.error.sso_wrong_domain": "El e-mail de esa cuenta no es del dominio que este espacio de trabajo usa con SSO.",
  "sso.error.sso_member_deactivated":
    "Tu acceso a este espacio de trabajo está desactivado. Pide a un admin que lo vuelva a activar.",
  "sso.error.sso_not_member":
    "Ya existe una cuenta de Rapport con este e-mail, pero no está en este espacio de trabajo. Pide una invitación a un admin.",
  "sso.error.rate_limited": "Demasiados intentos. Espera un momento y vuelve a intentarlo.",
  "sso.error.sso_domain_taken": "Otro espacio de trabajo ya usa inicio de sesión único para este dominio de e-mail.",
  "sso.nav": "Inicio de sesión único",
  "sso.settings.title": "Inicio de sesión único (SSO)",
  "sso.settings.lead":
    "Permite que las personas entren con el proveedor de identidad de tu empresa (OpenID Connect): Okta, Microsoft Entra ID, Google Workspace, Keycloak y otros.",
  "sso.settings.redirectTitle": "URI de redirección",
  "sso.settings.redirectHint": "Registra esta dirección en tu proveedor de identidad como URI de redirección.",
  "sso.settings.copyRedirect": "Copiar URI de redirección",
  "sso.settings.formTitle": "Proveedor de identidad",
  "sso.settings.issuer": "URL del emisor (issuer)",
  "sso.settings.issuerHint": "Por ejemplo https://tu-empresa.okta.com o https://accounts.google.com.",
  "sso.settings.clientId": "Client ID",
  "sso.settings.clientSecret": "Client secret",
  "sso.settings.clientSecretKept": "Hay un secreto guardado. Déjalo vacío para conservarlo.",
  "sso.settings.clientSecretHint": "Se guarda cifrado y no se vuelve a mostrar.",
  "sso.settings.domain": "Dominio de e-mail",
  "sso.settings.domainHint":
    "Las personas con un e-mail verificado de este dominio pueden entrar. Cuando el dominio esté verificado abajo, quien es nuevo se une a este espacio como miembro la primera vez.",
  "sso.settings.enabled": "Permitir entrar con SSO",
  "sso.settings.enabledHint":
    "Desactívalo para pausar el SSO sin perder esta configuración. Las contraseñas siguen funcionando.",
  "sso.settings.save": "Guardar configuración",
  "sso.settings.saved": "Configuración de inicio de sesión único guardada.",
  "sso.settings.remove": "Quitar SSO",
  "sso.settings.removeTitle": "¿Quitar el inicio de sesión único?",
  "sso.settings.removeBody":
    "Las personas ya no podrán entrar con tu proveedor de identidad. Las cuentas y membresías quedan como están.",
  "sso.settings.removed": "Inicio de sesión único eliminado.",
  "sso.settings.statusOn": "Activo",
  "sso.settings.statusOff": "Inactivo",
  "sso.settings.notSet": "Aún sin configurar",
  "sso.settings.docs": "La configuración paso a paso para Okta, Google y Keycloak está en docs/sso.md.",
  "sso.settings.adminOnly": "Solo los propietarios y admins pueden cambiar el inicio de sesión único.",
  "sso.validation.issuer": "Escribe la dirección https del emisor.",
  "sso.validation.clientId": "Escribe el client ID.",
  "sso.validation.clientSecret": "Escribe el client secret.",
  "sso.validation.domain": "Escribe un dominio como empresa.com.",
  "email.ssoChanged.subject": "Inicio de sesión único cambiado en {organization}",
  "email.ssoChanged.body.configured":
    "{actor} cambió la configuración del inicio de sesión único (SSO) de {organization}.",
  "email.ssoChanged.body.domain_verified":
    "{actor} verificó el dominio de correo del inicio de sesión único (SSO) en {organization}. Las personas de este dominio ahora pueden ser enviadas a su proveedor de identidad, y las nuevas se unen al espacio de trabajo.",
  "email.ssoChanged.body.removed":
    "{actor} desactivó el inicio de sesión único (SSO) en {organization} y eliminó su configuración.",
  "email.ssoChanged.details": "Proveedor de identidad: {issuer}\nDominio de correo: {domain}",
  "email.ssoChanged.notYou":
    "El proveedor de identidad decide quién puede entrar en este espacio de trabajo. Si no esperabas este cambio, revisa la configuración ahora.",
  "email.ssoChanged.cta": "Revisar el inicio de sesión único",
  "sso.error.sso_domain_unverified":
    "El dominio de correo de este espacio de trabajo aún no está verificado, así que su servicio de inicio de sesión no puede crear cuentas nuevas. Pregunta a tu administrador.",
  "sso.error.sso_domain_verification_failed":
    "Aún no se encontró el registro TXT en el dominio. Los cambios de DNS pueden tardar; inténtalo de nuevo más tarde.",
  "sso.link.title": "Confirma que eres tú para vincular el inicio de sesión de {organization}",
  "sso.link.lead":
    "El servicio de inicio de sesión de {organization} dice que eres tú, {email}. Ya tienes una cuenta de Rapport, así que escribe su contraseña una vez para vincular ambas. Después podrás entrar en {organization} con el inicio de sesión único.",
  "sso.link.confirm": "Confirmar y vincular",
  "sso.link.cancel": "No vincular",
  "sso.link.expired": "Esta solicitud de vinculación caducó. Vuelve a empezar el inicio de sesión único.",
  "sso.settings.domainUnverified":
    "Sin verificar: este dominio no dirige a nadie y el inicio de sesión único no crea cuentas nuevas.",
  "sso.settings.domainVerified": "Verificado el {date}",
  "sso.settings.verifyTitle": "Verificar el dominio de correo",
  "sso.settings.verifyHint":
    "Publica este registro TXT en {domain} y luego verifica. Hasta entonces, el inicio de sesión único solo empieza desde este espacio de trabajo y solo pueden entrar los miembros existentes.",
  "sso.settings.copyRecord": "Copiar registro TXT",
  "sso.settings.verify": "Verificar dominio",
  "sso.settings.verified": "Dominio verificado.",
  "sso.settings.reauthTitle": "Confirma tu contraseña",
  "sso.settings.reauthBody":
    "El inicio de sesión único decide quién puede entrar en este espacio de trabajo. Escribe tu contraseña para confirmar este cambio.",
  "sso.settings.reauthConfirm": "Confirmar",
  "sso.settings.ownersNotified": "Todos los propietarios del espacio de trabajo reciben un correo con cada cambio.",
  "sso.settings.reauthWrong": "Esa contraseña no es correcta. Inténtalo de nuevo.",
  "sso.settings.startLinkTitle": "Enlace de inicio de sesión",
  "sso.settings.startLinkHint":
    "Comparte este enlace con tu equipo: inicia sesión con tu proveedor de identidad, también antes de verificar el dominio.",
  "sso.settings.copyStartLink": "Copiar enlace de inicio de sesión",
  "email.ssoLinked.subject": "Tu cuenta de Rapport ahora está vinculada al inicio de sesión de {organization}",
  "email.ssoLinked.body":
    "Confirmaste con tu contraseña, así que ahora puedes entrar en {organization} con su inicio de sesión único. Ese inicio de sesión abre solo {organization}.",
  "email.ssoLinked.notYou": "Si no fuiste tú, cambia tu contraseña ahora y avisa a un propietario de {organization}.",
  "email.ssoLinked.cta": "Abrir tu configuración",
};
