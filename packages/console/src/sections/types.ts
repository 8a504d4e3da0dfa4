import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { CombinedError } from "urql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
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
  Component: LazyExoticComponent<ComponentType> | ComponentType;
}

/**
 * What a dossier panel is given: the person as its fragment selected it (the dossier asks every
 * panel's fragment in one query), and that query's error, from which the panel tells whether its
 * department's service answered (`unavailableAt(error, ["person", "employment"])`).
 */
export interface DossierPanelProps<P = unknown> {
  personId: string;
  person: P | null | undefined;
  error: CombinedError | undefined;
  fetching: boolean;
}

export interface DossierPanel {
  title: string;
  /** The department's service, named when it does not answer ("就业服务暂不可用"). */
  service: string;
  /**
   * The panel's fragment `on Person`: the dossier spreads every visible panel's fragment into its
   * one `person(id)` query. Keep it in a small module beside `section.tsx` (not in the panel's
   * chunk), so the query starts before any panel's code has arrived.
   */
  // Each panel's fragment has its own result type; the panel reads its own (`ResultOf`).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fragment: TypedDocumentNode<any, any>;
  /** The panel's chunk, fetched together with the dossier's own (no waterfall). */
  load: () => Promise<{ default: ComponentType<DossierPanelProps> }>;
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
  /** Starts loading the section's pages chunk: the menu calls it on hover, so a click finds it there. */
  preload?: () => Promise<unknown>;
  dossierPanel?: DossierPanel & { order: number };
}
