import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { Identity } from "../auth/identity";

/**
 * A department's part of the console. Each section is one module `sections/<name>/section.tsx`
 * exporting `section`; the shell finds every such module (no list to edit), builds the menu
 * and routes from it, and puts its `dossierPanel` on the person's one-page record. A section's
 * pages live in one lazily loaded chunk: `lazy(() => import("./pages"))`.
 */
export interface SectionPage {
  /** Below the section's path: "" is the section's own page, ":id" a detail page. */
  path: string;
  /** The menu entry; pages without one (details) are reached by links only. */
  menuLabel?: string;
  Component: LazyExoticComponent<ComponentType>;
}

export interface DossierPanelProps {
  personId: string;
}

export interface DossierPanel {
  title: string;
  /** The department's service, named when it does not answer ("就业服务暂不可用"). */
  service: string;
  Component: LazyExoticComponent<ComponentType<DossierPanelProps>>;
}

export interface Section {
  key: string;
  /** The menu's group title. */
  label: string;
  icon: ReactNode;
  /** URL prefix, e.g. "/people". */
  path: string;
  /** Menu position (lower first). */
  order: number;
  /** Whether the caller sees the section at all (the subgraphs authorise every request anyway). */
  visible(identity: Identity): boolean;
  pages: SectionPage[];
  dossierPanel?: DossierPanel & { order: number };
}
