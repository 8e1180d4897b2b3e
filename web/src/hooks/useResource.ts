import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from "react";

export type Resource<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping the current data on screen meanwhile. */
  reload: () => void;
  /** Local edits for optimistic updates. */
  setData: Dispatch<SetStateAction<T | undefined>>;
};

/** Loads data for a page; reloads when `key` changes and ignores stale answers. */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const keyRef = useRef(key);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` are the triggers.
  useEffect(() => {
    let current = true;
    if (keyRef.current !== key) {
      // Another organization or record: never show the previous one's data meanwhile.
      keyRef.current = key;
      setData(undefined);
    }
    setLoading(true);
    setError(null);
    loadRef.current().then(
      (value) => {
        if (!current) return;
        setData(value);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!current) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}
