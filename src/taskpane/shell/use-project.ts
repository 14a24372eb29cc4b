import { useCallback, useEffect, useRef, useState } from "react";
import { projectState, serialAt, type SignoffCrypto } from "../../core";
import type { PaneHost } from "../connect";
import type { ProjectView } from "./routes";

export interface ProjectLoad {
  project: ProjectView | null;
  loading: boolean;
  error: unknown;
  reload(): Promise<ProjectView | null>;
}

/** Reads the whole file once (`readProject`) and derives the loop; `reload` after every change the pane makes. */
export function useProject(host: PaneHost | null, crypto: SignoffCrypto | undefined): ProjectLoad {
  const [project, setProject] = useState<ProjectView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const reload = useCallback(async (): Promise<ProjectView | null> => {
    if (!host) return null;
    const call = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      if (!crypto) throw new Error("Web Crypto is unavailable: open the pane over https.");
      const snapshot = await host.readProject();
      const state = await projectState(snapshot, { crypto, now: serialAt(new Date()) });
      const view = { snapshot, state };
      if (call === latest.current) setProject(view);
      return view;
    } catch (caught) {
      if (call === latest.current) setError(caught);
      return null;
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }, [host, crypto]);

  useEffect(() => {
    setProject(null);
    void reload();
  }, [reload]);

  return { project, loading, error, reload };
}
