import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012618 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`enrolment_change_person_id_index\` on \`enrolment_change\` (\`person_id\`);`);

  }

}
