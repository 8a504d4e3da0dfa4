import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { groupLoader, LocalDateScalar, PageArgs, Unit } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { Person, personRef } from "../person/person.stub";
import { EmploymentProject, ProjectEmployee } from "./project.entity";
import {
  AddProjectEmployeesInput,
  EmploymentProjectsFilter,
  EndEmploymentProjectInput,
  StartEmploymentProjectInput,
} from "./project.inputs";
import { EmploymentProjectService } from "./project.service";
import { EmploymentProjectConnection, ProjectFigures } from "./project.types";

@Resolver(() => EmploymentProject)
export class EmploymentProjectResolver {
  @Authorized()
  @Query(() => EmploymentProjectConnection, {
    description: "扶贫就业项目列表 Employment projects, filtered and paginated",
  })
  employmentProjects(
    @Arg("filter", () => EmploymentProjectsFilter, { nullable: true })
    filter: EmploymentProjectsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<EmploymentProjectConnection> {
    return new EmploymentProjectService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => ProjectFigures, {
    description: "扶贫就业项目统计（年度新增与保有量） R-EMP-2 figures: started in a year, held on a date",
  })
  projectFigures(
    @Arg("year", () => Int, {
      nullable: true,
      description: "年度（默认统计日期所在年） Year (default: the year of asOf, or of today)",
    })
    year: number | null,
    @Arg("asOf", () => LocalDateScalar, {
      nullable: true,
      description:
        "统计日期（默认：所查年度的年末，年度未结束则为今天） As of (default: the end of the year asked, or today while it runs)",
    })
    asOf: string | null,
    @Arg("townshipCodes", () => [String], { nullable: true }) townshipCodes: string[] | null,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ProjectFigures> {
    return new EmploymentProjectService(ctx).figures(year, asOf, townshipCodes);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => EmploymentProject, {
    description: "登记扶贫就业项目 Record an employment project (R-EMP-2)",
  })
  startEmploymentProject(
    @Arg("input", () => StartEmploymentProjectInput) input: StartEmploymentProjectInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<EmploymentProject> {
    return new EmploymentProjectService(ctx).start(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => EmploymentProject, {
    description: "项目吸纳贫困人员 Add poor people employed in a project",
  })
  addProjectEmployees(
    @Arg("input", () => AddProjectEmployeesInput) input: AddProjectEmployeesInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<EmploymentProject> {
    return new EmploymentProjectService(ctx).addEmployees(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => EmploymentProject, { description: "项目结束 End an employment project" })
  endEmploymentProject(
    @Arg("input", () => EndEmploymentProjectInput) input: EndEmploymentProjectInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<EmploymentProject> {
    return new EmploymentProjectService(ctx).end(input);
  }

  @FieldResolver(() => [ID], { description: "吸纳的贫困人员编号 Ids of the poor people employed" })
  async personIds(@Root() project: EmploymentProject, @Ctx() ctx: EmploymentContext): Promise<string[]> {
    return (await employeesLoader(ctx).load(project.id)).map((e) => e.personId);
  }

  @FieldResolver(() => [Person], { description: "吸纳的贫困人员 Poor people employed" })
  async people(@Root() project: EmploymentProject, @Ctx() ctx: EmploymentContext): Promise<Person[]> {
    return (await employeesLoader(ctx).load(project.id)).map((e) => personRef(e.personId));
  }

  @FieldResolver(() => Int, { description: "吸纳贫困人员数 Poor people employed" })
  async poorEmployed(@Root() project: EmploymentProject, @Ctx() ctx: EmploymentContext): Promise<number> {
    return (await employeesLoader(ctx).load(project.id)).length;
  }
}

function employeesLoader(ctx: EmploymentContext) {
  return groupLoader(
    ctx,
    "project.employees",
    (ids) => ctx.em.find(ProjectEmployee, { projectId: { $in: ids } }, { orderBy: { id: "ASC" } }),
    (e) => e.projectId,
  );
}
