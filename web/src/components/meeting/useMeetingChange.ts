import { type FormSubmit, useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useToast } from "../Toasts.js";
import { useMeeting } from "./MeetingContext.js";

/** A dialog's change to the meeting: once `work` succeeds, its message is shown, the dialog closes and the meeting reloads. */
export function useMeetingChange(
  onClose: () => void,
): FormSubmit & { change: (work: () => Promise<string>) => Promise<void> } {
  const toast = useToast();
  const { reload } = useMeeting();
  const submit = useFormSubmit();
  const change = (work: () => Promise<string>) =>
    submit.send(async () => {
      toast.success(await work());
      onClose();
      reload();
    });
  return { ...submit, change };
}
