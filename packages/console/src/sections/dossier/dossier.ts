import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../../gql";

/**
 * The timeline of 一人一档: every service's audit trail of the person (what was done, when, who:
 * unit, roles, name), merged in the browser, with a few facts to say which offer or settlement an
 * entry is about.
 */
export const DossierTimelineFragment = graphql(`
  fragment DossierTimeline on Person {
    id
    name
    registryActivity {
      ...TimelineEntry
    }
    employmentActivity {
      ...TimelineEntry
    }
    socialSecurityActivity {
      ...TimelineEntry
    }
    skillsActivity {
      ...TimelineEntry
    }
    employment {
      case {
        id
        closeReason
      }
      offers {
        id
        employer
        position
      }
      placements {
        id
        employer
      }
    }
    socialSecurity {
      enrolments {
        id
        scheme
      }
      settlements {
        id
        outOfPocketFen
      }
    }
    skills {
      enrolments {
        id
        project {
          id
          courseName
        }
      }
    }
    burdenNotices {
      id
      followUp
    }
  }

  fragment TimelineEntry on ActivityEntry {
    id
    at
    action
    description
    actorId
    actorName
    actorUnit
    actorRoles
    entityName
    entityId
  }
`);

const name = (value: string) => ({ kind: "Name", value });

/**
 * The dossier's one query: `person(id)` with every given fragment spread into it (the visible
 * panels' and the timeline's), so the page costs one request through the gateway however many
 * departments it shows. A department whose service is down leaves `SERVICE_UNAVAILABLE` on its
 * paths in the answer and the rest of the data as it is (partial answer).
 */
export function dossierQuery(
  // Fragments of different result types; each reader takes its own part of `person`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fragments: TypedDocumentNode<any, any>[],
): TypedDocumentNode<{ person: Record<string, unknown> | null }, { id: string }> {
  const definitions = new Map<string, FragmentDefinitionNode>();
  const spreads: string[] = [];
  for (const doc of fragments) {
    const defs = (doc as DocumentNode).definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition",
    );
    const own = defs[0];
    if (own && !spreads.includes(own.name.value)) spreads.push(own.name.value);
    for (const d of defs) definitions.set(d.name.value, d);
  }
  // Built as a syntax tree (no parser in the bundle); `Kind` values are the strings graphql defines.
  const operation = {
    kind: "OperationDefinition",
    operation: "query",
    name: name("Dossier"),
    variableDefinitions: [
      {
        kind: "VariableDefinition",
        variable: { kind: "Variable", name: name("id") },
        type: { kind: "NonNullType", type: { kind: "NamedType", name: name("ID") } },
      },
    ],
    selectionSet: {
      kind: "SelectionSet",
      selections: [
        {
          kind: "Field",
          name: name("person"),
          arguments: [{ kind: "Argument", name: name("id"), value: { kind: "Variable", name: name("id") } }],
          selectionSet: {
            kind: "SelectionSet",
            selections: [
              { kind: "Field", name: name("id") },
              ...spreads.map((s) => ({ kind: "FragmentSpread", name: name(s) })),
            ],
          },
        },
      ],
    },
  } as unknown as OperationDefinitionNode;
  return {
    kind: "Document",
    definitions: [operation, ...definitions.values()],
  } as unknown as TypedDocumentNode<{ person: Record<string, unknown> | null }, { id: string }>;
}
