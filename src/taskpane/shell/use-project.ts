import { useCallback, useEffect, useRef, useState } from "react";
import { LocalizedError, projectState, serialAt, type SignoffCrypto } from "../../core";
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
      if (!crypto) {
        throw new LocalizedError({
          "en-US": "This browser gives the pane no Web Crypto: open it over https (the add-in's own address).",
          "zh-CN": "此浏览器未向窗格提供 Web Crypto：请通过 https（加载项自己的地址）打开。",
        });
      }
      const snapshot = await host.readProject();
      const state = await projectState(snapshot, { crypto, now: serialAt(new Date()), host: host.kind });
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
