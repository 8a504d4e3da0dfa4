import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_entry\` add column \`actor_name\` text null;`);
    this.addSql(`alter table \`audit_entry\` add column \`actor_roles\` text null;`);
    this.addSql(`alter table \`audit_entry\` add column \`subject_id\` text null;`);
    this.addSql(`create index \`audit_entry_subject_id_at_index\` on \`audit_entry\` (\`subject_id\`, \`at\`);`);
    // Older entries: the person is the row's personId, or the Person row itself (as subjectOf says).
    this.addSql(`update \`audit_entry\` set \`subject_id\` = coalesce(json_extract(\`after\`, '$.personId'), json_extract(\`before\`, '$.personId'), case when \`entity_name\` = 'Person' then \`entity_id\` end) where \`subject_id\` is null;`);
  }

}
