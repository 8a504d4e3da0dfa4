import type { Identity } from "../auth/identity";
import type { Section } from "./types";

/**
 * Every section of the console: each `sections/<name>/section.tsx` found at build time. A new
 * department adds its folder and nothing else changes.
 */
const modules = import.meta.glob<{ section: Section }>("./*/section.tsx", { eager: true });

export const SECTIONS: Section[] = Object.values(modules)
  .map((m) => m.section)
  .sort((a, b) => a.order - b.order);

export function visibleSections(identity: Identity): Section[] {
  return SECTIONS.filter((s) => s.visible(identity));
}

export function dossierPanels(identity: Identity) {
  return visibleSections(identity)
    .flatMap((s) => (s.dossierPanel ? [{ key: s.key, ...s.dossierPanel }] : []))
    .sort((a, b) => a.order - b.order);
}
