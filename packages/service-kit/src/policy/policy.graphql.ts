import { GraphQLJSONObject } from "graphql-scalars";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  type ClassType,
} from "type-graphql";
import type { ServiceContext } from "../context";
import { LocalDateScalar } from "../graphql/scalars";
import type { KindOf, PolicyCatalog, PolicyKinds } from "./policy.catalog";
import { PolicyStatus, type PolicyVersion } from "./policy-version.entity";

/** How a service names its policy API in the graph. */
export interface PolicyGraphQLOptions<D extends PolicyKinds> {
  catalog: PolicyCatalog<D>;
  /**
   * The object type's name; the operations and inputs follow it: `PolicyVersion` gives
   * `policyVersions`, `savePolicyVersion(input: SavePolicyVersionInput!)`, `adoptPolicyVersion`,
   * `AdoptPolicyVersionInput` and `PolicyVersionsFilter`. Distinct per subgraph, so two services'
   * versions never merge into one type at the gateway.
   */
  typeName: string;
  /** The service's kind enum, registered with `registerEnumType` (its values are the catalog's kinds). */
  kindEnum: Record<string, string>;
  /** The name of the status enum (`PolicyStatus`). */
  statusEnumName: string;
  /** Bilingual description of the object type. */
  description: string;
}

/** The type, inputs and resolver a service lists in its schema. */
export interface PolicyGraphQL {
  PolicyVersionType: ClassType;
  PolicyVersionResolver: ClassType;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The graph's side of a {@link PolicyCatalog}, made once per service from its kinds: the version
 * type, the list query and the save/adopt mutations, each mutation open to the kinds' owning units
 * (and narrowed to the kind's owner inside the catalog).
 */
export function policyGraphQL<D extends PolicyKinds>(opts: PolicyGraphQLOptions<D>): PolicyGraphQL {
  const { catalog, typeName, kindEnum } = opts;
  // A fresh object per service: type-graphql keys enum metadata by object, and each subgraph names its own.
  const Status = { ...PolicyStatus };
  registerEnumType(Status, {
    name: opts.statusEnumName,
    description: "政策状态 Policy status",
    valuesConfig: {
      DRAFT: { description: "草案（可修改，未生效） Draft: editable, not yet in force" },
      ADOPTED: { description: "已发布（不可修改） Adopted: in force from validFrom, immutable" },
    },
  });
  const ownersText = catalog.kindNames.map((k) => `${catalog.kinds[k]!.owner}: ${k}`).join("; ");

  @ObjectType(typeName, { description: opts.description })
  class PolicyVersionType {
    @Field(() => ID)
    id!: string;

    @Field(() => kindEnum, { description: "政策类别 Kind" })
    kind!: string;

    @Field(() => String, { description: "名称 Name" })
    name!: string;

    @Field(() => LocalDateScalar, { description: "生效日期 In force from (inclusive)" })
    validFrom!: string;

    @Field(() => Status, { description: "状态 Status" })
    status!: PolicyStatus;

    @Field(() => GraphQLJSONObject, {
      description: "参数（金额为分，比例为基点） Parameters: money in fen, rates in basis points",
    })
    parameters!: Record<string, unknown>;

    @Field(() => String, { description: "创建人 Created by" })
    createdBy!: string;

    @Field(() => Date, { nullable: true, description: "发布时间 Adopted at" })
    adoptedAt?: Date | null;

    @Field(() => String, { nullable: true, description: "发布人 Adopted by" })
    adoptedBy?: string | null;

    @Field(() => Int, { description: "版本 Version (optimistic lock)" })
    version!: number;
  }

  @InputType(`Save${typeName}Input`, { description: "保存政策草案 Create or edit a draft policy version" })
  class SaveInput {
    @Field(() => ID, { nullable: true, description: "修改的草案 The draft to edit; omit to create one" })
    id?: string | null;

    @Field(() => Int, { nullable: true, description: "读取时的版本 The version you read, when editing" })
    version?: number | null;

    @Field(() => kindEnum, { description: `政策类别 Kind (${ownersText})` })
    kind!: KindOf<D>;

    @Field(() => String, { description: "名称 Name" })
    name!: string;

    @Field(() => LocalDateScalar, { description: "生效日期 In force from" })
    validFrom!: string;

    @Field(() => GraphQLJSONObject, { description: "参数 Parameters (see the service README)" })
    parameters!: Record<string, unknown>;
  }

  @InputType(`Adopt${typeName}Input`, {
    description: "发布政策版本 Adopt a draft: it becomes immutable and in force from validFrom",
  })
  class AdoptInput {
    @Field(() => ID)
    id!: string;

    @Field(() => Int, { description: "读取时的版本 The version you read" })
    version!: number;
  }

  @InputType(`${typeName}sFilter`, { description: "政策版本筛选 Policy version filter" })
  class Filter {
    @Field(() => kindEnum, { nullable: true })
    kind?: KindOf<D> | null;

    @Field(() => Status, { nullable: true })
    status?: PolicyStatus | null;
  }

  @Resolver(() => PolicyVersionType)
  class PolicyVersionResolver {
    @Authorized()
    @Query(() => [PolicyVersionType], {
      name: `${lowerFirst(typeName)}s`,
      description: "政策参数版本 Policy versions, newest first per kind",
    })
    list(
      @Arg("filter", () => Filter, { nullable: true }) filter: Filter | null,
      @Ctx() ctx: ServiceContext,
    ): Promise<PolicyVersion[]> {
      return catalog.list(ctx, filter);
    }

    @Authorized(...catalog.writers)
    @Mutation(() => PolicyVersionType, {
      name: `save${typeName}`,
      description: `保存政策草案 Save a draft policy version (${ownersText})`,
    })
    save(
      @Arg("input", () => SaveInput) input: SaveInput,
      @Ctx() ctx: ServiceContext,
    ): Promise<PolicyVersion> {
      return catalog.save(ctx, input);
    }

    @Authorized(...catalog.writers)
    @Mutation(() => PolicyVersionType, {
      name: `adopt${typeName}`,
      description: "发布政策版本 Adopt a draft policy version (then immutable)",
    })
    adopt(
      @Arg("input", () => AdoptInput) input: AdoptInput,
      @Ctx() ctx: ServiceContext,
    ): Promise<PolicyVersion> {
      return catalog.adopt(ctx, input);
    }
  }

  return { PolicyVersionType, PolicyVersionResolver };
}
