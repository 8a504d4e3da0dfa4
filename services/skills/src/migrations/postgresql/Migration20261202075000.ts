import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "actor_name" varchar(255) null, add column "actor_roles" varchar(255) null, add column "subject_id" varchar(255) null;`);
    this.addSql(`create index "audit_entry_subject_id_at_index" on "audit_entry" ("subject_id", "at");`);
    // Older entries: the person is the row's personId, or the Person row itself (as subjectOf says).
    this.addSql(`update "audit_entry" set "subject_id" = coalesce("after"->>'personId', "before"->>'personId', case when "entity_name" = 'Person' then "entity_id" end) where "subject_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_subject_id_at_index";`);
    this.addSql(`alter table "audit_entry" drop column "actor_name", drop column "actor_roles", drop column "subject_id";`);
  }

}
