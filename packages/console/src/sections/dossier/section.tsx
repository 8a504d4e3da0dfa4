import { lazy, useMemo } from "react";
import { IdcardOutlined } from "@ant-design/icons";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { useIdentity } from "../../auth/session";
import { SECTIONS, dossierPanels } from "../index";
import type { Section } from "../types";
import { DossierTimelineFragment, dossierQuery } from "./dossier";

const pages = () => import("./pages");
/** The dossier's chunk and every panel's, requested together: one round of downloads, not three. */
const withPanels = () => {
  for (const s of SECTIONS) void s.dossierPanel?.load();
  return pages();
};
const DossierPage = lazy(() => withPanels().then((m) => ({ default: m.DossierPage })));

/**
 * 一人一档's route, in the first screen's chunk (it is small): its one query starts as the page is
 * entered, while the dossier's and the panels' chunks are still on their way.
 */
function DossierRoute() {
  const { id = "" } = useParams();
  const identity = useIdentity();
  const panels = useMemo(() => dossierPanels(identity), [identity]);
  const query = useMemo(
    () => dossierQuery([DossierTimelineFragment, ...panels.map((p) => p.fragment)]),
    [panels],
  );
  const [result] = useQuery({ query, variables: { id } });
  return <DossierPage id={id} panels={panels} result={result} />;
}

export const section: Section = {
  key: "dossier",
  label: "一人一档",
  icon: <IdcardOutlined />,
  path: "/dossier",
  order: 20,
  visible: () => true,
  preload: withPanels,
  pages: [
    {
      path: "",
      menuLabel: "一人一档",
      Component: lazy(() => pages().then((m) => ({ default: m.DossierSearch }))),
    },
    { path: ":id", Component: DossierRoute },
  ],
};
