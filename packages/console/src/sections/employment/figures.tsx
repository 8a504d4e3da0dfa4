import { Card, Statistic, Tag } from "antd";
import { date } from "../../lib/format";

/** A figure against its goal as the graph's `TargetCheck` gives it (R-EMP-1, R-EMP-2, R-PRIN-2). */
export interface Check {
  actual: number;
  met: boolean;
  status: string;
  dueOn?: string | null;
  target?: { value: number } | null;
}

const STATUS: Record<string, { color: string; text: string }> = {
  MET: { color: "green", text: "达标" },
  MISSED: { color: "red", text: "未达标" },
  NOT_DUE: { color: "orange", text: "未到期" },
  NO_TARGET: { color: "default", text: "未设目标" },
};

export function CheckTag({ check }: { check: Pick<Check, "status" | "met"> }) {
  const s = STATUS[check.status] ?? (check.met ? STATUS["MET"]! : STATUS["MISSED"]!);
  return <Tag color={s.color}>{s.text}</Tag>;
}

/** One card: the figure, its goal in the title, met or not, and when the goal falls due. */
export function FigureCard(props: {
  title: string;
  value: string | number | undefined;
  goal: string | number | undefined;
  /** null: a plain figure without a goal. */
  check: Check | null | undefined;
  testId?: string;
}) {
  return (
    <Card size="small" data-testid={props.testId}>
      <Statistic
        title={props.check === null ? props.title : `${props.title}（目标 ${props.goal ?? "—"}）`}
        value={props.value ?? "—"}
      />
      {props.check ? (
        <span>
          <CheckTag check={props.check} />
          {props.check.dueOn ? <span style={{ color: "#888" }}>期限 {date(props.check.dueOn)}</span> : null}
        </span>
      ) : null}
    </Card>
  );
}
