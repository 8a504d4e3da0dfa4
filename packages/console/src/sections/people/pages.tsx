import { useState } from "react";
import { Button, Input, Select, Space, Tag } from "antd";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { PeopleQuery } from "../../gql/graphql";
import { EXIT_DECIDERS, REGISTER_WRITERS, canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date } from "../../lib/format";
import { label, options } from "../../lib/labels";
import { ErrorAlert, PageTitle, useCursorPager, useTownships } from "../../lib/ui";
import { FilterBar, PagedTable } from "../../lib/table";
import { ExitModal, NeedsSurveyModal, RegisterHouseholdModal, RegisterPersonModal } from "./forms";

const People = graphql(`
  query People($first: Int!, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        idNumberMasked
        sex
        age
        townshipCode
        village
        povertyStatus
        laborCapacity
        version
        latestNeedsSurvey {
          surveyedOn
        }
        household {
          id
          number
        }
      }
    }
  }
`);

type PersonRow = PeopleQuery["people"]["nodes"][number];

/** 人员: the register, searched and filtered on the server, with what the caller may do to each person. */
export function PeoplePage() {
  const identity = useIdentity();
  const townships = useTownships();
  const pager = useCursorPager(20);
  const [search, setSearch] = useState("");
  const [townshipCodes, setTownshipCodes] = useState<string[]>([]);
  const [status, setStatus] = useState<string | undefined>();
  const [capacity, setCapacity] = useState<string[]>([]);
  const [registering, setRegistering] = useState(false);
  const [household, setHousehold] = useState(false);
  const [survey, setSurvey] = useState<PersonRow | null>(null);
  const [exiting, setExiting] = useState<PersonRow | null>(null);
  const writer = canWrite(identity, ...REGISTER_WRITERS);
  const exitDecider = canWrite(identity, ...EXIT_DECIDERS);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: People,
    variables: {
      first: pager.first,
      after: pager.after,
      filter: {
        ...(search.trim() ? { search: search.trim() } : {}),
        ...(townshipCodes.length ? { townshipCodes } : {}),
        ...(status ? { povertyStatus: status as "REGISTERED" } : {}),
        ...(capacity.length ? { laborCapacities: capacity as "FULL"[] } : {}),
      },
    },
  });
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const filtered =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      pager.reset();
    };

  return (
    <div>
      <PageTitle
        extra={
          writer ? (
            <>
              <Button onClick={() => setHousehold(true)}>登记户</Button>
              <Button type="primary" onClick={() => setRegistering(true)}>
                登记人员
              </Button>
            </>
          ) : null
        }
      >
        人员
      </PageTitle>
      <FilterBar>
        <Input.Search
          placeholder="姓名、身份证号或户编号"
          allowClear
          onSearch={filtered(setSearch)}
          style={{ width: 280 }}
          aria-label="搜索人员"
        />
        <Select
          mode="multiple"
          placeholder="镇街"
          allowClear
          style={{ minWidth: 200 }}
          options={townships.options}
          onChange={filtered(setTownshipCodes)}
          aria-label="镇街筛选"
        />
        <Select
          placeholder="状态"
          allowClear
          style={{ width: 120 }}
          options={options("povertyStatus")}
          onChange={filtered(setStatus)}
          aria-label="状态筛选"
        />
        <Select
          mode="multiple"
          placeholder="劳动能力"
          allowClear
          style={{ minWidth: 180 }}
          options={options("laborCapacity")}
          onChange={filtered(setCapacity)}
          aria-label="劳动能力筛选"
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<PersonRow>
        connection={data?.people}
        pager={pager}
        loading={fetching}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: "姓名",
            dataIndex: "name",
            render: (n: string, p) => <Link to={`/dossier/${p.id}`}>{n}</Link>,
          },
          { title: "身份证号", dataIndex: "idNumberMasked" },
          { title: "性别", dataIndex: "sex", render: (s: string) => label("sex", s), width: 60 },
          { title: "年龄", dataIndex: "age", width: 60 },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "村/社区", dataIndex: "village" },
          { title: "户编号", render: (_: unknown, p) => p.household.number ?? "—" },
          {
            title: "状态",
            dataIndex: "povertyStatus",
            render: (s: string) => (
              <Tag color={s === "EXITED" ? "green" : "orange"}>{label("povertyStatus", s)}</Tag>
            ),
          },
          { title: "劳动能力", dataIndex: "laborCapacity", render: (s: string) => label("laborCapacity", s) },
          { title: "最近调查", render: (_: unknown, p) => date(p.latestNeedsSurvey?.surveyedOn) },
          ...(writer
            ? [
                {
                  title: "操作",
                  key: "actions",
                  fixed: "right" as const,
                  width: 170,
                  render: (_: unknown, p: PersonRow) => (
                    <Space size="small">
                      <Button size="small" onClick={() => setSurvey(p)}>
                        需求调查
                      </Button>
                      {exitDecider && p.povertyStatus === "REGISTERED" ? (
                        <Button size="small" onClick={() => setExiting(p)}>
                          脱贫
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <RegisterPersonModal
        open={registering}
        onClose={(id) => {
          setRegistering(false);
          if (id) refresh();
        }}
      />
      <RegisterHouseholdModal open={household} onClose={() => setHousehold(false)} />
      <NeedsSurveyModal
        personId={survey?.id ?? null}
        name={survey?.name ?? ""}
        onClose={() => {
          setSurvey(null);
          refresh();
        }}
      />
      <ExitModal
        person={exiting}
        onClose={() => {
          setExiting(null);
          refresh();
        }}
      />
    </div>
  );
}
