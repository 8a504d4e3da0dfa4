import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090209 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assistance_case\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED')) not null default 'OPEN', \`open_key\` text null, \`opened_on\` date not null, \`opened_by\` text not null, \`caseworker\` text null, \`caseworker_assigned_on\` date null, \`offer_count\` integer not null default 0, \`job_ready\` integer not null default false, \`job_ready_on\` date null, \`closed_on\` date null, \`close_reason\` text null, \`closed_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`assistance_case_open_key_unique\` on \`assistance_case\` (\`open_key\`);`);
    this.addSql(`create index \`assistance_case_person_id_index\` on \`assistance_case\` (\`person_id\`);`);
    this.addSql(`create index \`assistance_case_status_township_code_opened_on_index\` on \`assistance_case\` (\`status\`, \`township_code\`, \`opened_on\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`actor\` text not null, \`actor_unit\` text not null, \`request_id\` text null, \`action\` text not null, \`entity_name\` text not null, \`entity_id\` text not null, \`before\` json null, \`after\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_entity_name_entity_id_index\` on \`audit_entry\` (\`entity_name\`, \`entity_id\`);`);

    this.addSql(`create table \`employment_project\` (\`id\` text not null, \`name\` text not null, \`sponsor_kind\` text check (\`sponsor_kind\` in ('ENTERPRISE', 'VILLAGE_COLLECTIVE', 'ENTREPRENEURSHIP_LEADER')) not null, \`sponsor_name\` text not null, \`township_code\` text not null, \`started_on\` date not null, \`ended_on\` date null, \`jobs\` integer not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`employment_project_township_code_started_on_index\` on \`employment_project\` (\`township_code\`, \`started_on\`);`);
    this.addSql(`create index \`employment_project_started_on_index\` on \`employment_project\` (\`started_on\`);`);

    this.addSql(`create table \`employment_target\` (\`id\` text not null, \`metric\` text check (\`metric\` in ('POSTS_HELD', 'POST_OCCUPANCY_BP', 'PROJECTS_STARTED_PER_YEAR', 'PROJECTS_HELD')) not null, \`value\` integer not null, \`valid_from\` date not null, \`deadline\` date null, \`note\` text null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`employment_target_metric_valid_from_unique\` on \`employment_target\` (\`metric\`, \`valid_from\`);`);

    this.addSql(`create table \`job_fair\` (\`id\` text not null, \`township_code\` text not null, \`held_on\` date not null, \`kind\` text check (\`kind\` in ('DELIVERY_TO_COUNTRYSIDE', 'RECRUITMENT_CARAVAN', 'OTHER')) not null, \`title\` text null, \`employers\` integer not null, \`positions_offered\` integer not null, \`poor_attendees\` integer not null, \`offers_made\` integer not null, \`recorded_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`job_fair_held_on_index\` on \`job_fair\` (\`held_on\`);`);
    this.addSql(`create index \`job_fair_township_code_held_on_index\` on \`job_fair\` (\`township_code\`, \`held_on\`);`);

    this.addSql(`create table \`job_offer\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`employer\` text not null, \`position\` text not null, \`monthly_wage_fen\` integer not null, \`channel\` text check (\`channel\` in ('VILLAGE_DELIVERY', 'HOUSEHOLD_DELIVERY', 'JOB_FAIR', 'OTHER')) not null, \`job_fair_id\` text null, \`offered_on\` date not null, \`outcome\` text check (\`outcome\` in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', \`decline_reason\` text null, \`outcome_on\` date null, \`recorded_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`job_offer_job_fair_id_index\` on \`job_offer\` (\`job_fair_id\`);`);
    this.addSql(`create index \`job_offer_township_code_offered_on_index\` on \`job_offer\` (\`township_code\`, \`offered_on\`);`);
    this.addSql(`create index \`job_offer_person_id_offered_on_index\` on \`job_offer\` (\`person_id\`, \`offered_on\`);`);

    this.addSql(`create table \`job_readiness\` (\`person_id\` text not null, \`ready_on\` date not null, \`recorded_at\` datetime not null, primary key (\`person_id\`));`);

    this.addSql(`create table \`person_facts\` (\`person_id\` text not null, \`version\` integer not null, \`township_code\` text not null, \`birth_date\` date not null, \`labor_capacity\` text check (\`labor_capacity\` in ('FULL', 'PARTIAL', 'NONE')) not null, \`willing_to_work\` integer not null, \`willing_to_train\` integer not null, \`poverty_status\` text check (\`poverty_status\` in ('REGISTERED', 'EXITED')) not null, \`updated_at\` datetime not null, primary key (\`person_id\`));`);
    this.addSql(`create index \`person_facts_township_code_index\` on \`person_facts\` (\`township_code\`);`);

    this.addSql(`create table \`placement\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`kind\` text check (\`kind\` in ('ENTERPRISE', 'EMPLOYMENT_PROJECT', 'PUBLIC_WELFARE_POST', 'SELF_EMPLOYED')) not null, \`employer\` text not null, \`since\` date not null, \`until\` date null, \`job_offer_id\` text null, \`recorded_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`placement_township_code_since_index\` on \`placement\` (\`township_code\`, \`since\`);`);
    this.addSql(`create index \`placement_person_id_since_index\` on \`placement\` (\`person_id\`, \`since\`);`);

    this.addSql(`create table \`post_placement\` (\`id\` text not null, \`post_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`start_on\` date not null, \`end_on\` date null, \`end_reason\` text null, \`placed_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`post_placement_township_code_start_on_index\` on \`post_placement\` (\`township_code\`, \`start_on\`);`);
    this.addSql(`create index \`post_placement_person_id_start_on_index\` on \`post_placement\` (\`person_id\`, \`start_on\`);`);
    this.addSql(`create index \`post_placement_post_id_start_on_index\` on \`post_placement\` (\`post_id\`, \`start_on\`);`);

    this.addSql(`create table \`post_type\` (\`code\` text not null, \`name\` text not null, \`created_at\` datetime not null, primary key (\`code\`));`);
    this.addSql(`create unique index \`post_type_name_unique\` on \`post_type\` (\`name\`);`);

    this.addSql(`create table \`post_work_log\` (\`id\` text not null, \`placement_id\` text not null, \`month\` text not null, \`days_worked\` integer not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`post_work_log_placement_id_month_unique\` on \`post_work_log\` (\`placement_id\`, \`month\`);`);

    this.addSql(`create table \`project_employee\` (\`id\` text not null, \`project_id\` text not null, \`person_id\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`project_employee_person_id_index\` on \`project_employee\` (\`person_id\`);`);
    this.addSql(`create unique index \`project_employee_project_id_person_id_unique\` on \`project_employee\` (\`project_id\`, \`person_id\`);`);

    this.addSql(`create table \`public_welfare_post\` (\`id\` text not null, \`title\` text not null, \`type_code\` text not null, \`township_code\` text not null, \`village\` text not null, \`monthly_allowance_fen\` integer not null, \`opened_on\` date not null, \`closed_on\` date null, \`close_reason\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`public_welfare_post_opened_on_closed_on_index\` on \`public_welfare_post\` (\`opened_on\`, \`closed_on\`);`);
    this.addSql(`create index \`public_welfare_post_township_code_opened_on_index\` on \`public_welfare_post\` (\`township_code\`, \`opened_on\`);`);

    this.addSql(`create table \`township_facts\` (\`code\` text not null, \`name\` text not null, \`concentrated\` integer not null default false, \`updated_at\` datetime not null, primary key (\`code\`));`);
  }

}
