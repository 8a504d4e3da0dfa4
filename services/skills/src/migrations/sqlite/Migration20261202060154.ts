import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060154 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`apprentice_check_in\` (\`id\` text not null, \`enrolment_id\` text not null, \`month\` text not null, \`checked_on\` date not null, \`note\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`apprentice_check_in_enrolment_id_month_unique\` on \`apprentice_check_in\` (\`enrolment_id\`, \`month\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`actor\` text not null, \`actor_unit\` text not null, \`request_id\` text null, \`action\` text not null, \`entity_name\` text not null, \`entity_id\` text not null, \`before\` json null, \`after\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_entity_name_entity_id_index\` on \`audit_entry\` (\`entity_name\`, \`entity_id\`);`);

    this.addSql(`create table \`household_facts\` (\`household_id\` text not null, \`version\` integer not null, \`rural_zero_transfer_employment\` integer not null, \`minimum_living_guarantee\` integer not null, \`updated_at\` datetime not null, primary key (\`household_id\`));`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`handled_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_event\` (\`seq\` integer not null primary key autoincrement, \`id\` text not null, \`type\` text not null, \`subject\` text not null, \`payload\` json not null, \`created_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_event_id_unique\` on \`outbox_event\` (\`id\`);`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (seq) where published_at is null;`);

    this.addSql(`create table \`person_facts\` (\`person_id\` text not null, \`version\` integer not null, \`township_code\` text not null, \`household_id\` text not null, \`labor_capacity\` text check (\`labor_capacity\` in ('FULL', 'PARTIAL', 'NONE')) not null, \`willing_to_train\` integer not null, \`poverty_status\` text check (\`poverty_status\` in ('REGISTERED', 'EXITED')) not null, \`registered_on\` date not null, \`exited_on\` date null, \`withdrawn_on\` date null, \`updated_at\` datetime not null, primary key (\`person_id\`));`);
    this.addSql(`create index \`person_facts_household_id_index\` on \`person_facts\` (\`household_id\`);`);
    this.addSql(`create index \`person_facts_township_code_index\` on \`person_facts\` (\`township_code\`);`);

    this.addSql(`create table \`placement_record\` (\`placement_id\` text not null, \`person_id\` text not null, \`kind\` text not null, \`since\` date not null, \`created_at\` datetime not null, primary key (\`placement_id\`));`);
    this.addSql(`create index \`placement_record_person_id_since_index\` on \`placement_record\` (\`person_id\`, \`since\`);`);

    this.addSql(`create table \`policy_version\` (\`id\` text not null, \`kind\` text not null, \`name\` text not null, \`valid_from\` date not null, \`status\` text check (\`status\` in ('DRAFT', 'ADOPTED')) not null default 'DRAFT', \`parameters\` json not null, \`created_by\` text not null, \`adopted_at\` datetime null, \`adopted_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`policy_version_kind_status_valid_from_index\` on \`policy_version\` (\`kind\`, \`status\`, \`valid_from\`);`);

    this.addSql(`create table \`session_attendance\` (\`id\` text not null, \`session_id\` text not null, \`enrolment_id\` text not null, \`project_id\` text not null, \`present\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`session_attendance_enrolment_id_index\` on \`session_attendance\` (\`enrolment_id\`);`);
    this.addSql(`create unique index \`session_attendance_session_id_enrolment_id_unique\` on \`session_attendance\` (\`session_id\`, \`enrolment_id\`);`);

    this.addSql(`create table \`township_facts\` (\`code\` text not null, \`name\` text not null, \`version\` integer not null, \`updated_at\` datetime not null, primary key (\`code\`));`);

    this.addSql(`create table \`training_certificate\` (\`id\` text not null, \`enrolment_id\` text not null, \`project_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`type\` text check (\`type\` in ('VOCATIONAL_QUALIFICATION', 'SKILL_LEVEL', 'SPECIAL_ABILITY', 'TRAINING_COMPLETION')) not null, \`number\` text not null, \`issuing_body\` text not null, \`issued_on\` date not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_certificate_township_code_issued_on_index\` on \`training_certificate\` (\`township_code\`, \`issued_on\`);`);
    this.addSql(`create index \`training_certificate_person_id_index\` on \`training_certificate\` (\`person_id\`);`);
    this.addSql(`create unique index \`training_certificate_number_unique\` on \`training_certificate\` (\`number\`);`);
    this.addSql(`create unique index \`training_certificate_enrolment_id_unique\` on \`training_certificate\` (\`enrolment_id\`);`);

    this.addSql(`create table \`training_claim\` (\`id\` text not null, \`project_id\` text not null, \`institution_id\` text not null, \`township_code\` text not null, \`status\` text check (\`status\` in ('SUBMITTED', 'VERIFIED', 'PAID', 'REFUSED')) not null default 'SUBMITTED', \`submitted_on\` date not null, \`price_per_trainee_fen\` bigint not null, \`policy_version_id\` text not null, \`completed_count\` integer not null, \`partial_count\` integer not null, \`refused_count\` integer not null, \`amount_fen\` bigint not null, \`verified_on\` date null, \`paid_on\` date null, \`paid_amount_fen\` bigint null, \`refused_on\` date null, \`refusal_reason\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_claim_project_id_index\` on \`training_claim\` (\`project_id\`);`);
    this.addSql(`create index \`training_claim_status_submitted_on_index\` on \`training_claim\` (\`status\`, \`submitted_on\`);`);

    this.addSql(`create table \`training_claim_line\` (\`id\` text not null, \`claim_id\` text not null, \`project_id\` text not null, \`person_id\` text not null, \`enrolment_id\` text null, \`township_code\` text null, \`outcome\` text check (\`outcome\` in ('PAYABLE', 'REFUSED')) not null, \`basis\` text check (\`basis\` in ('COMPLETED', 'PARTIAL')) null, \`refusal\` text check (\`refusal\` in ('NOT_COMPLETED', 'NOT_REGISTERED_POOR', 'ALREADY_CLAIMED', 'NOT_ENROLLED')) null, \`attendance_bp\` integer null, \`amount_fen\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_claim_line_person_id_outcome_index\` on \`training_claim_line\` (\`person_id\`, \`outcome\`);`);
    this.addSql(`create index \`training_claim_line_claim_id_index\` on \`training_claim_line\` (\`claim_id\`);`);

    this.addSql(`create table \`training_enrolment\` (\`id\` text not null, \`project_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`enrolled_on\` date not null, \`status\` text check (\`status\` in ('ENROLLED', 'COMPLETED')) not null default 'ENROLLED', \`completed_on\` date null, \`assessment_passed\` integer null, \`attendance_bp\` integer null, \`completion_policy_version_id\` text null, \`master_name\` text null, \`apprentice_from\` date null, \`apprentice_to\` date null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_enrolment_township_code_status_index\` on \`training_enrolment\` (\`township_code\`, \`status\`);`);
    this.addSql(`create index \`training_enrolment_person_id_index\` on \`training_enrolment\` (\`person_id\`);`);
    this.addSql(`create unique index \`training_enrolment_project_id_person_id_unique\` on \`training_enrolment\` (\`project_id\`, \`person_id\`);`);

    this.addSql(`create table \`training_institution\` (\`id\` text not null, \`name\` text not null, \`credit_code\` text not null, \`qualification\` text not null, \`contact\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`training_institution_credit_code_unique\` on \`training_institution\` (\`credit_code\`);`);

    this.addSql(`create table \`training_need\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`status\` text check (\`status\` in ('OPEN', 'MET', 'NOT_NEEDED')) not null, \`open_key\` text null, \`opened_on\` date not null, \`enrolled_on\` date null, \`met_on\` date null, \`met_by_enrolment_id\` text null, \`closed_on\` date null, \`close_reason\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`training_need_open_key_unique\` on \`training_need\` (\`open_key\`);`);
    this.addSql(`create index \`training_need_person_id_index\` on \`training_need\` (\`person_id\`);`);
    this.addSql(`create index \`training_need_status_township_code_opened_on_index\` on \`training_need\` (\`status\`, \`township_code\`, \`opened_on\`);`);

    this.addSql(`create table \`training_project\` (\`id\` text not null, \`institution_id\` text not null, \`contract_number\` text not null, \`course_kind\` text check (\`course_kind\` in ('OCCUPATION', 'SPECIAL_ABILITY')) not null, \`course_name\` text not null, \`format\` text check (\`format\` in ('CLASSROOM', 'MASTER_APPRENTICE', 'CAPABLE_PERSON_APPRENTICE', 'ONE_TO_ONE')) not null, \`township_code\` text not null, \`place\` text not null, \`places\` integer not null, \`hours\` integer not null, \`price_per_trainee_fen\` bigint not null, \`start_on\` date not null, \`end_on\` date not null, \`policy_version_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_project_institution_id_index\` on \`training_project\` (\`institution_id\`);`);
    this.addSql(`create index \`training_project_township_code_start_on_index\` on \`training_project\` (\`township_code\`, \`start_on\`);`);
    this.addSql(`create unique index \`training_project_contract_number_unique\` on \`training_project\` (\`contract_number\`);`);

    this.addSql(`create table \`training_session\` (\`id\` text not null, \`project_id\` text not null, \`held_on\` date not null, \`hours\` integer not null, \`topic\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_session_project_id_held_on_index\` on \`training_session\` (\`project_id\`, \`held_on\`);`);

    this.addSql(`create table \`training_survey\` (\`person_id\` text not null, \`survey_id\` text not null, \`surveyed_on\` date not null, \`needs_training\` integer not null, \`updated_at\` datetime not null, primary key (\`person_id\`));`);

    this.addSql(`create table \`withdrawn_registration\` (\`projection\` text not null, \`subject\` text not null, \`withdrawn_version\` integer not null, \`through_version\` integer not null, \`reregistered_version\` integer null, \`kept\` integer not null default false, \`event_id\` text not null, \`withdrawn_on\` date not null, primary key (\`projection\`, \`subject\`));`);
  }

}
