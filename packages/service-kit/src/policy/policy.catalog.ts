import type { EntityManager } from "@mikro-orm/core";
import type { z } from "zod";
import type { Identity, Unit } from "../auth/identity";
import { requireIdentity, type ServiceContext } from "../context";
import { audited } from "../db/audited";
import { loadForWrite } from "../db/load-for-write";
import { isIsoDate } from "../dates";
import { assertCurrentVersion, badInput, ConflictError, ForbiddenError, type Bilingual } from "../errors";
import { InputCheck } from "../validation";
import { latestOnOrBefore } from "./policy.in-force";
import { PolicyStatus, PolicyVersion } from "./policy-version.entity";

/** One kind of policy a service keeps: who writes it and what its parameters are. */
export interface PolicyKindDefinition<S extends z.ZodType = z.ZodType> {
  /** For messages: `{ zh: "医疗保险", en: "medical" }` reads "没有生效的医疗保险政策版本". */
  label: Bilingual;
  /** The unit that saves and adopts versions of this kind (REQUIREMENTS.md, "Who owns what"). */
  owner: Unit;
  /** Checked when a version is saved; money in fen, rates in basis points. */
  parameters: S;
}

/** A service's policy kinds by name (`{ MEDICAL: {…}, PENSION: {…} }`). */
export type PolicyKinds = Record<string, PolicyKindDefinition>;
/** The kind names of a catalog's definitions. */
export type KindOf<D extends PolicyKinds> = keyof D & string;
/** The parsed parameters of one kind. */
export type ParametersOf<D extends PolicyKinds, K extends KindOf<D>> = z.output<D[K]["parameters"]>;

/** Create a draft (no `id`) or edit one (`id` and the `version` read). */
export interface SavePolicyVersion<K extends string = string> {
  id?: string | null;
  version?: number | null;
  kind: K;
  name: string;
  validFrom: string;
  parameters: unknown;
}

/** Adopt a draft: the version read must still be current. */
export interface AdoptPolicyVersion {
  id: string;
  version: number;
}

/** Which versions to list. */
export interface PolicyVersionFilter<K extends string = string> {
  kind?: K | null;
  status?: PolicyStatus | null;
}

/** What saving and adopting need of the caller's context (a request's, or a demo loader's). */
export type PolicyWriteContext = Pick<ServiceContext, "em" | "identity" | "requestId"> &
  Partial<Pick<ServiceContext, "loaders">>;

const READER_KEY = "pa.policy-reader";
const DRAFT: Bilingual = { zh: "政策草案", en: "draft" };

/**
 * The adopted versions of each kind, read once per reader: make one per unit of work (a request —
 * {@link PolicyCatalog.forRequest} — or an event batch) so a handler that settles five hundred
 * claims reads the policy table once, not five hundred times. Adopted versions are few (one or
 * two a year per kind) and immutable, so holding them for a unit of work is safe.
 */
export class PolicyReader<D extends PolicyKinds> {
  private readonly adoptedByKind = new Map<string, Promise<PolicyVersion[]>>();

  constructor(
    private readonly catalog: PolicyCatalog<D>,
    private readonly em: EntityManager,
  ) {}

  /**
   * Every adopted version of a kind, oldest `validFrom` first, read-only (not managed by the
   * entity manager) with its parameters parsed by the kind's current schema (defaults applied).
   */
  adopted<K extends KindOf<D>>(kind: K): Promise<PolicyVersion<ParametersOf<D, K>>[]> {
    let found = this.adoptedByKind.get(kind);
    if (!found) {
      const schema = this.catalog.kinds[kind]!.parameters;
      // Outside the identity map: what is read to compute results is never part of the unit of
      // work those results are flushed in, so no flush can rewrite (and re-version) a version row.
      found = this.em
        .find(
          PolicyVersion,
          { kind, status: PolicyStatus.ADOPTED },
          { orderBy: { validFrom: "ASC", id: "ASC" }, disableIdentityMap: true },
        )
        .then((rows) => {
          // Parsed again on read, so a field added to the schema later takes its default in
          // versions saved before it; a version the current schema refuses keeps what was stored.
          for (const row of rows) {
            const parsed = schema.safeParse(row.parameters);
            if (parsed.success) row.parameters = parsed.data as Record<string, unknown>;
          }
          return rows;
        });
      this.adoptedByKind.set(kind, found);
    }
    // The parameters were parsed by this kind's schema when the version was saved.
    return found as Promise<PolicyVersion<ParametersOf<D, K>>[]>;
  }

  /** The adopted version of a kind in force on a date, or `null`. */
  async inForce<K extends KindOf<D>>(
    kind: K,
    date: string,
  ): Promise<PolicyVersion<ParametersOf<D, K>> | null> {
    return latestOnOrBefore(await this.adopted(kind), date);
  }

  /** The adopted version of a kind in force on a date, or `BAD_USER_INPUT` on `field` saying so. */
  async require<K extends KindOf<D>>(
    kind: K,
    date: string,
    field: string,
  ): Promise<PolicyVersion<ParametersOf<D, K>>> {
    const v = await this.inForce(kind, date);
    if (v) return v;
    const label = this.catalog.kinds[kind]!.label;
    throw badInput(field, {
      zh: `${date} 没有生效的${label.zh}政策版本`,
      en: `no adopted ${label.en} policy version is in force on ${date}; adopt one whose validFrom is on or before it`,
    });
  }

  /** Forgets what was read (after an adoption in the same unit of work). */
  clear(): void {
    this.adoptedByKind.clear();
  }
}

/**
 * 政策参数 A service's versioned policy data (R-PRIN-2), one mechanism for every service: drafts
 * saved with the kind's parameter schema, adoption (then immutable; two adopted versions of a kind
 * never share a validFrom), the version in force on a date, optimistic locking and audit. The
 * service holds only its kinds: `export const policies = new PolicyCatalog({ MEDICAL: {…} })`.
 */
export class PolicyCatalog<const D extends PolicyKinds> {
  constructor(
    readonly kinds: D,
    private readonly opts: {
      /** Replaces the default ownership check (the kind's `owner` unit), for a service's own wording. */
      assertOwner?: (identity: Identity, kind: KindOf<D>) => void;
    } = {},
  ) {}

  /** The kind names, in definition order. */
  get kindNames(): KindOf<D>[] {
    return Object.keys(this.kinds);
  }

  /** The units that write some kind (for `@Authorized(...)`). */
  get writers(): Unit[] {
    return [...new Set(Object.values(this.kinds).map((k) => k.owner))];
  }

  /** `FORBIDDEN` unless the caller's unit owns the kind. */
  assertOwner(identity: Identity, kind: KindOf<D>): void {
    if (this.opts.assertOwner) return this.opts.assertOwner(identity, kind);
    const def = this.kinds[kind]!;
    if (identity.unit !== def.owner)
      throw new ForbiddenError({
        zh: `${def.label.zh}政策只能由 ${def.owner} 维护`,
        en: `only ${def.owner} writes ${def.label.en} policy versions; you are ${identity.unit}`,
      });
  }

  /** A reader for one unit of work (an event batch, a script). */
  reader(em: EntityManager): PolicyReader<D> {
    return new PolicyReader(this, em);
  }

  /** The request's reader: every resolver of one request shares what it read. */
  forRequest(ctx: Pick<ServiceContext, "em" | "loaders">): PolicyReader<D> {
    return ctx.loaders.get(READER_KEY, () => this.reader(ctx.em));
  }

  /** Parameters of a version of `kind`, typed; a version of another kind is a bug, not bad input. */
  parameters<K extends KindOf<D>>(version: PolicyVersion<unknown>, kind: K): ParametersOf<D, K> {
    if (version.kind !== kind)
      throw new Error(`policy version ${version.id} is ${version.kind}, not ${kind}`);
    return version.parameters as ParametersOf<D, K>;
  }

  /**
   * Checks parameters against the kind's schema: the parsed value, or `undefined` after recording
   * each problem on `parameters.<path>`.
   */
  parse<K extends KindOf<D>>(kind: K, raw: unknown, v: InputCheck): ParametersOf<D, K> | undefined {
    const r = this.kinds[kind]!.parameters.safeParse(raw);
    if (r.success) return r.data as ParametersOf<D, K>;
    for (const issue of r.error.issues) {
      const path = issue.path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
        .join("")
        .replace(/^\./, "");
      v.fail(path ? `parameters.${path}` : "parameters", {
        zh: `参数无效：${path}：${issue.message}`,
        en: `invalid parameter ${path}: ${issue.message}`,
      });
    }
    return undefined;
  }

  /** Versions newest first per kind. */
  list(
    ctx: Pick<ServiceContext, "em" | "identity">,
    filter: PolicyVersionFilter<KindOf<D>> | null | undefined,
  ): Promise<PolicyVersion[]> {
    requireIdentity(ctx);
    return ctx.em.find(
      PolicyVersion,
      {
        kind: filter?.kind ?? { $in: this.kindNames },
        ...(filter?.status ? { status: filter.status } : {}),
      },
      { orderBy: { kind: "ASC", validFrom: "DESC", id: "DESC" } },
    );
  }

  /** 保存草案 Creates or edits a draft; parameters are checked against the kind's schema. */
  async save(ctx: PolicyWriteContext, input: SavePolicyVersion<KindOf<D>>): Promise<PolicyVersion> {
    const identity = requireIdentity(ctx);
    if (!(input.kind in this.kinds))
      throw badInput("input.kind", { zh: "政策类别无效", en: `unknown kind ${input.kind}` });
    this.assertOwner(identity, input.kind);
    const v = new InputCheck();
    const name = v.text(input.name, "name", { zh: "名称", en: "name" }, 100);
    v.that(isIsoDate(input.validFrom), "validFrom", {
      zh: "生效日期无效",
      en: "validFrom is not a real date",
    });
    const checked = this.parse(input.kind, input.parameters, v);
    const [parameters] = v.done(checked);
    return ctx.em.transactional(async (em) => {
      let found: PolicyVersion | null = null;
      if (input.id) {
        found = await this.loadForWrite(em, identity, input.id);
        this.assertOwner(identity, found.kind);
        if (found.status === PolicyStatus.ADOPTED)
          throw new ConflictError({
            zh: "已发布的政策版本不可修改，请另存为新版本",
            en: "an adopted policy version is immutable; save a new version instead",
          });
        if (found.kind !== input.kind)
          throw badInput("input.kind", { zh: "不能修改政策类别", en: "the kind of a version cannot change" });
        assertCurrentVersion(found, input.version ?? -1, DRAFT);
      }
      const values = { name, validFrom: input.validFrom, parameters: parameters as Record<string, unknown> };
      return audited(em, ctx, "savePolicyVersion", found, (row) =>
        row
          ? Object.assign(row, values)
          : em.create(PolicyVersion, { kind: input.kind, ...values, createdBy: identity.sub }),
      );
    });
  }

  /**
   * The version through the kit's {@link loadForWrite} (policy versions belong to no township). The
   * version check stays with the caller, after the owner and "already adopted" refusals, which tell
   * the clerk more than "changed by someone else" would.
   */
  private loadForWrite(em: EntityManager, identity: Identity, id: string): Promise<PolicyVersion> {
    return loadForWrite(
      em,
      identity,
      PolicyVersion,
      { id, kind: { $in: this.kindNames } },
      {
        what: { zh: "政策版本", en: "policy version" },
        township: null,
      },
    );
  }

  /** 发布 Adopts a draft. Two adopted versions of one kind never share a validFrom. */
  async adopt(ctx: PolicyWriteContext, input: AdoptPolicyVersion): Promise<PolicyVersion> {
    const identity = requireIdentity(ctx);
    const row = await ctx.em.transactional(async (em) => {
      const row = await this.loadForWrite(em, identity, input.id);
      this.assertOwner(identity, row.kind);
      if (row.status === PolicyStatus.ADOPTED)
        throw new ConflictError({ zh: "该版本已发布", en: "this version is already adopted" });
      assertCurrentVersion(row, input.version, DRAFT);
      const clash = await em.findOne(PolicyVersion, {
        kind: row.kind,
        status: PolicyStatus.ADOPTED,
        validFrom: row.validFrom,
      });
      if (clash)
        throw new ConflictError(
          {
            zh: `${row.validFrom} 起已有已发布版本「${clash.name}」`,
            en: `adopted version "${clash.name}" already takes effect on ${row.validFrom}; choose another validFrom`,
          },
          { existingPolicyVersionId: clash.id },
        );
      return audited(em, ctx, "adoptPolicyVersion", row, (r) => {
        r.status = PolicyStatus.ADOPTED;
        r.adoptedAt = new Date();
        r.adoptedBy = identity.sub;
      });
    });
    if (ctx.loaders) this.forRequest({ em: ctx.em, loaders: ctx.loaders }).clear();
    return row;
  }

  /** Saves and adopts in one go (demo loaders and fixtures adopting a plan's numbers). */
  async adoptNew<K extends KindOf<D>>(
    ctx: PolicyWriteContext,
    input: { kind: K; name: string; validFrom: string; parameters: ParametersOf<D, K> },
  ): Promise<PolicyVersion<ParametersOf<D, K>>> {
    const draft = await this.save(ctx, input);
    return (await this.adopt(ctx, { id: draft.id, version: draft.version })) as PolicyVersion<
      ParametersOf<D, K>
    >;
  }
}
