import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090300 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`actor\` text not null, \`actor_unit\` text not null, \`request_id\` text null, \`action\` text not null, \`entity_name\` text not null, \`entity_id\` text not null, \`before\` json null, \`after\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_entity_name_entity_id_index\` on \`audit_entry\` (\`entity_name\`, \`entity_id\`);`);

    this.addSql(`create table \`burden_report\` (\`id\` text not null, \`settlement_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`claim_date\` date not null, \`total_cost_fen\` bigint not null, \`out_of_pocket_fen\` bigint not null, \`out_of_pocket_share_bp\` integer not null, \`threshold_fen\` bigint null, \`threshold_share_bp\` integer null, \`policy_version_id\` text not null, \`reason\` text not null, \`reported_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`burden_report_settlement_id_unique\` on \`burden_report\` (\`settlement_id\`);`);
    this.addSql(`create index \`burden_report_person_id_index\` on \`burden_report\` (\`person_id\`);`);
    this.addSql(`create index \`burden_report_township_code_claim_date_index\` on \`burden_report\` (\`township_code\`, \`claim_date\`);`);

    this.addSql(`create table \`enrolment\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`scheme\` text check (\`scheme\` in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, \`status\` text check (\`status\` in ('PENDING', 'ENROLLED', 'SUSPENDED')) not null default 'PENDING', \`scheme_year\` integer not null, \`contribution_tier\` integer null, \`enrolled_on\` date null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`enrolment_township_code_index\` on \`enrolment\` (\`township_code\`);`);
    this.addSql(`create index \`enrolment_scheme_status_index\` on \`enrolment\` (\`scheme\`, \`status\`);`);
    this.addSql(`create unique index \`enrolment_person_id_scheme_unique\` on \`enrolment\` (\`person_id\`, \`scheme\`);`);

    this.addSql(`create table \`enrolment_change\` (\`id\` text not null, \`enrolment_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`scheme\` text check (\`scheme\` in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, \`from_status\` text check (\`from_status\` in ('PENDING', 'ENROLLED', 'SUSPENDED')) null, \`to_status\` text check (\`to_status\` in ('PENDING', 'ENROLLED', 'SUSPENDED')) not null, \`from_tier\` integer null, \`to_tier\` integer null, \`scheme_year\` integer not null, \`changed_by\` text not null, \`changed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`enrolment_change_scheme_id_index\` on \`enrolment_change\` (\`scheme\`, \`id\`);`);

    this.addSql(`create table \`medical_year_accumulator\` (\`id\` text not null, \`person_id\` text not null, \`year\` integer not null, \`payers\` json not null, \`version\` integer not null default 1, \`updated_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`pension_ledger_entry\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`birth_date\` date not null, \`turned60on\` date not null, \`found_on\` date not null, \`back_payment_fen\` integer not null, \`monthly_benefit_fen\` integer not null, \`benefit_starts_on\` date not null, \`status\` text check (\`status\` in ('PENDING', 'BACK_PAID', 'CLAIMED', 'PAYING')) not null default 'PENDING', \`back_paid_on\` date null, \`claimed_on\` date null, \`paying_since\` date null, \`policy_version_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`pension_ledger_entry_person_id_unique\` on \`pension_ledger_entry\` (\`person_id\`);`);
    this.addSql(`create index \`pension_ledger_entry_township_code_index\` on \`pension_ledger_entry\` (\`township_code\`);`);
    this.addSql(`create index \`pension_ledger_entry_status_found_on_index\` on \`pension_ledger_entry\` (\`status\`, \`found_on\`);`);

    this.addSql(`create table \`person_facts\` (\`person_id\` text not null, \`version\` integer not null, \`township_code\` text not null, \`birth_date\` date not null, \`poverty_status\` text check (\`poverty_status\` in ('REGISTERED', 'EXITED')) not null, \`registered_on\` date not null, \`exited_on\` date null, \`updated_at\` datetime not null, primary key (\`person_id\`));`);
    this.addSql(`create index \`person_facts_birth_date_index\` on \`person_facts\` (\`birth_date\`);`);
    this.addSql(`create index \`person_facts_township_code_index\` on \`person_facts\` (\`township_code\`);`);

    this.addSql(`create table \`policy_version\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('MEDICAL', 'PENSION')) not null, \`name\` text not null, \`valid_from\` date not null, \`status\` text check (\`status\` in ('DRAFT', 'ADOPTED')) not null default 'DRAFT', \`parameters\` json not null, \`created_by\` text not null, \`adopted_at\` datetime null, \`adopted_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`policy_version_kind_status_valid_from_index\` on \`policy_version\` (\`kind\`, \`status\`, \`valid_from\`);`);

    this.addSql(`create table \`premium_subsidy\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`scheme\` text check (\`scheme\` in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, \`year\` integer not null, \`standard_fen\` integer not null, \`due_on\` date not null, \`paid_fen\` integer not null default 0, \`paid_on\` date null, \`fully_paid\` integer not null default false, \`paid_late\` integer not null default false, \`policy_version_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`premium_subsidy_township_code_year_index\` on \`premium_subsidy\` (\`township_code\`, \`year\`);`);
    this.addSql(`create index \`premium_subsidy_scheme_year_index\` on \`premium_subsidy\` (\`scheme\`, \`year\`);`);
    this.addSql(`create unique index \`premium_subsidy_person_id_scheme_year_unique\` on \`premium_subsidy\` (\`person_id\`, \`scheme\`, \`year\`);`);

    this.addSql(`create table \`screening_finding\` (\`id\` text not null, \`run_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`kind\` text check (\`kind\` in ('NOT_ENROLLED', 'SUBSIDY_MISSING', 'SUBSIDY_UNPAID', 'SUBSIDY_SHORT', 'SUBSIDY_LATE', 'CONTRIBUTION_CHANGED')) not null, \`record_id\` text null, \`detail\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`screening_finding_run_id_township_code_index\` on \`screening_finding\` (\`run_id\`, \`township_code\`);`);
    this.addSql(`create index \`screening_finding_run_id_kind_index\` on \`screening_finding\` (\`run_id\`, \`kind\`);`);

    this.addSql(`create table \`screening_run\` (\`id\` text not null, \`scheme\` text check (\`scheme\` in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, \`as_of\` date not null, \`ran_at\` datetime not null, \`ran_by\` text not null, \`previous_run_id\` text null, \`last_change_id\` text null, \`people_screened\` integer not null, \`enrolments_created\` integer not null, \`subsidies_created\` integer not null, \`finding_count\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`screening_run_scheme_id_index\` on \`screening_run\` (\`scheme\`, \`id\`);`);

    this.addSql(`create table \`settlement\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`claim_date\` date not null, \`year\` integer not null, \`hospital_level\` text check (\`hospital_level\` in ('PRIMARY', 'SECONDARY', 'TERTIARY')) not null, \`total_cost_fen\` bigint not null, \`policy_scope_cost_fen\` bigint not null, \`special_drugs_cost_fen\` bigint not null, \`poor_person\` integer not null, \`policy_version_id\` text not null, \`lines\` json not null, \`paid_by_payers_fen\` bigint not null, \`out_of_pocket_fen\` bigint not null, \`trace\` json not null, \`settled_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`settlement_claim_date_index\` on \`settlement\` (\`claim_date\`);`);
    this.addSql(`create index \`settlement_township_code_claim_date_index\` on \`settlement\` (\`township_code\`, \`claim_date\`);`);
    this.addSql(`create index \`settlement_person_id_claim_date_index\` on \`settlement\` (\`person_id\`, \`claim_date\`);`);
  }

}
