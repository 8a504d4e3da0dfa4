import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { businessDate, LocalDateScalar, PageArgs, Unit } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { Person, personRef } from "../person/person.stub";
import { activeOn } from "../common/period.rules";
import { PostPlacement } from "./post-placement.entity";
import { PostType } from "./post-type.entity";
import { PublicWelfarePost } from "./post.entity";
import {
  AddPostTypeInput,
  ClosePostInput,
  EndPostPlacementInput,
  OpenPostInput,
  PlaceInPostInput,
  PostsFilter,
  RecordWorkLogInput,
} from "./post.inputs";
import { postLoaders } from "./post.loaders";
import { PostFiguresService } from "./post-figures.service";
import { PostPlacementService } from "./post-placement.service";
import { PostService } from "./post.service";
import { AllowanceStatement, PostFigures, PublicWelfarePostConnection } from "./post.types";
import { PostWorkLog } from "./work-log.entity";

@Resolver(() => PublicWelfarePost)
export class PostResolver {
  @Authorized()
  @Query(() => [PostType], { description: "公益岗位类型 Post types (bureau-maintained list)" })
  postTypes(@Ctx() ctx: EmploymentContext): Promise<PostType[]> {
    return new PostService(ctx).types();
  }

  @Authorized()
  @Query(() => PublicWelfarePost, {
    nullable: true,
    description: "按编号查公益岗位 A post by id (null outside your townships)",
  })
  publicWelfarePost(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PublicWelfarePost | null> {
    return new PostService(ctx).get(id);
  }

  @Authorized()
  @Query(() => PublicWelfarePostConnection, { description: "公益岗位列表 Posts, filtered and paginated" })
  async publicWelfarePosts(
    @Arg("filter", () => PostsFilter, { nullable: true }) filter: PostsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PublicWelfarePostConnection> {
    return new PostService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => PostFigures, {
    description: "公益岗位保有量与上岗率 R-EMP-1 figures on a date, against the targets in force",
  })
  postFigures(
    @Arg("asOf", () => LocalDateScalar, {
      nullable: true,
      description: "统计日期（默认今天） As of (default today)",
    })
    asOf: string | null,
    @Arg("townshipCodes", () => [String], { nullable: true }) townshipCodes: string[] | null,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PostFigures> {
    return new PostFiguresService(ctx).figures(asOf, townshipCodes);
  }

  @Authorized()
  @Query(() => AllowanceStatement, {
    description:
      "公益岗位月度补贴核算（无考勤不发放） Monthly allowance statement: no work log, no allowance",
  })
  allowanceStatement(
    @Arg("month", () => String, { description: "月份 Month, YYYY-MM" }) month: string,
    @Arg("townshipCodes", () => [String], { nullable: true }) townshipCodes: string[] | null,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AllowanceStatement> {
    return new PostPlacementService(ctx).allowanceStatement(month, townshipCodes);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => PostType, { description: "新增公益岗位类型 Add a post type" })
  addPostType(
    @Arg("input", () => AddPostTypeInput) input: AddPostTypeInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PostType> {
    return new PostService(ctx).addType(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => PublicWelfarePost, { description: "设立公益岗位 Open a public-welfare post (R-EMP-1)" })
  openPost(
    @Arg("input", () => OpenPostInput) input: OpenPostInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PublicWelfarePost> {
    return new PostService(ctx).open(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => PublicWelfarePost, {
    description: "撤销公益岗位 Close a post (refused while someone is in it)",
  })
  closePost(
    @Arg("input", () => ClosePostInput) input: ClosePostInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PublicWelfarePost> {
    return new PostService(ctx).close(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => PostPlacement, {
    description: "安排上岗 Place a person in a post (one seat; refused when closed or taken)",
  })
  placeInPost(
    @Arg("input", () => PlaceInPostInput) input: PlaceInPostInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PostPlacement> {
    return new PostPlacementService(ctx).place(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => PostPlacement, { description: "离岗 End a placement in a post" })
  endPostPlacement(
    @Arg("input", () => EndPostPlacementInput) input: EndPostPlacementInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PostPlacement> {
    return new PostPlacementService(ctx).endPlacement(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => PostWorkLog, {
    description: "记录月度考勤 Record a month's work log (no log, no allowance)",
  })
  recordWorkLog(
    @Arg("input", () => RecordWorkLogInput) input: RecordWorkLogInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PostWorkLog> {
    return new PostPlacementService(ctx).recordWorkLog(input);
  }

  @FieldResolver(() => PostType, { nullable: true, description: "岗位类型 Post type" })
  type(@Root() post: PublicWelfarePost, @Ctx() ctx: EmploymentContext): Promise<PostType | null> {
    return postLoaders.type(ctx).load(post.typeCode);
  }

  @FieldResolver(() => [PostPlacement], { description: "上岗记录（新→旧） Placements, newest first" })
  placements(@Root() post: PublicWelfarePost, @Ctx() ctx: EmploymentContext): Promise<PostPlacement[]> {
    return postLoaders.placements(ctx).load(post.id);
  }

  @FieldResolver(() => PostPlacement, {
    nullable: true,
    description: "当日在岗（默认今天） Who is in the post on a date (default today)",
  })
  async currentPlacement(
    @Root() post: PublicWelfarePost,
    @Ctx() ctx: EmploymentContext,
    @Arg("on", () => LocalDateScalar, { nullable: true }) on?: string | null,
  ): Promise<PostPlacement | null> {
    const day = on ?? businessDate();
    return (
      (await postLoaders.placements(ctx).load(post.id)).find((p) => activeOn(p.startOn, p.endOn, day)) ?? null
    );
  }
}

@Resolver(() => PostPlacement)
export class PostPlacementResolver {
  @FieldResolver(() => PublicWelfarePost, { nullable: true, description: "岗位 The post" })
  post(@Root() p: PostPlacement, @Ctx() ctx: EmploymentContext): Promise<PublicWelfarePost | null> {
    return postLoaders.post(ctx).load(p.postId);
  }

  @FieldResolver(() => Person)
  person(@Root() p: PostPlacement): Person {
    return personRef(p.personId);
  }

  @FieldResolver(() => [PostWorkLog], { description: "月度考勤 Monthly work logs" })
  workLogs(@Root() p: PostPlacement, @Ctx() ctx: EmploymentContext): Promise<PostWorkLog[]> {
    return postLoaders.workLogs(ctx).load(p.id);
  }
}
