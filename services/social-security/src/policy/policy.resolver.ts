import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { SS_WRITERS } from "../common/ownership";
import type { SocialSecurityContext } from "../context";
import { PolicyVersion } from "./policy-version.entity";
import { AdoptPolicyVersionInput, PolicyVersionsFilter, SavePolicyVersionInput } from "./policy.inputs";
import { PolicyService } from "./policy.service";

@Resolver(() => PolicyVersion)
export class PolicyResolver {
  @Authorized()
  @Query(() => [PolicyVersion], { description: "政策参数版本 Policy versions, newest first per kind" })
  policyVersions(
    @Arg("filter", () => PolicyVersionsFilter, { nullable: true }) filter: PolicyVersionsFilter | null,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PolicyVersion[]> {
    return new PolicyService(ctx).list(filter);
  }

  @Authorized(...SS_WRITERS)
  @Mutation(() => PolicyVersion, {
    description:
      "保存政策草案 Save a draft policy version (medical-centre: MEDICAL, pension-centre: PENSION)",
  })
  savePolicyVersion(
    @Arg("input", () => SavePolicyVersionInput) input: SavePolicyVersionInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PolicyVersion> {
    return new PolicyService(ctx).save(input);
  }

  @Authorized(...SS_WRITERS)
  @Mutation(() => PolicyVersion, {
    description: "发布政策版本 Adopt a draft policy version (then immutable)",
  })
  adoptPolicyVersion(
    @Arg("input", () => AdoptPolicyVersionInput) input: AdoptPolicyVersionInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PolicyVersion> {
    return new PolicyService(ctx).adopt(input);
  }
}
