import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012616 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "enrolment_change_enrolment_id_index" on "enrolment_change" ("enrolment_id");`);
    this.addSql(`create index "enrolment_change_person_id_index" on "enrolment_change" ("person_id");`);

    this.addSql(`create index "screening_finding_person_id_index" on "screening_finding" ("person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enrolment_change_enrolment_id_index";`);
    this.addSql(`drop index "enrolment_change_person_id_index";`);

    this.addSql(`drop index "screening_finding_person_id_index";`);
  }

}
