import { Migration } from '@mikro-orm/migrations';

/**
 * The cascade triggers on the summary tables go (issue 19 item 3): the statement triggers that kept
 * report_day_total / report_month_total, report_node_day / report_node_month and the "all" twins from the
 * table below each, and their functions. The fold, a move and the rebuild now keep those levels in one
 * explicit, ordered step (report_apply_derived and the rebuild's builds, declared in src/db/schema). A
 * database migrated before the declarations dropped these too (declared_object named them); a fresh one
 * has them from older migrations, hence this one.
 */
export class Migration20261226080000_report_apply_derived extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists report_day_total_del on report_day;`);
    this.addSql(`drop trigger if exists report_day_total_ins on report_day;`);
    this.addSql(`drop trigger if exists report_day_total_trunc on report_day;`);
    this.addSql(`drop trigger if exists report_node_keep_day_del on report_day_total;`);
    this.addSql(`drop trigger if exists report_node_keep_day_ins on report_day_total;`);
    this.addSql(`drop trigger if exists report_node_keep_day_trunc on report_day_total;`);
    this.addSql(`drop trigger if exists report_node_keep_day_upd on report_day_total;`);
    this.addSql(`drop trigger if exists report_month_total_del on report_month;`);
    this.addSql(`drop trigger if exists report_month_total_ins on report_month;`);
    this.addSql(`drop trigger if exists report_month_total_trunc on report_month;`);
    this.addSql(`drop trigger if exists report_node_keep_month_del on report_month;`);
    this.addSql(`drop trigger if exists report_node_keep_month_ins on report_month;`);
    this.addSql(`drop trigger if exists report_node_keep_month_upd on report_month;`);
    this.addSql(`drop trigger if exists report_node_keep_need_del on report_need_month;`);
    this.addSql(`drop trigger if exists report_node_keep_need_ins on report_need_month;`);
    this.addSql(`drop trigger if exists report_node_keep_need_upd on report_need_month;`);
    this.addSql(`drop trigger if exists report_node_day_roll_del on report_node_day;`);
    this.addSql(`drop trigger if exists report_node_day_roll_ins on report_node_day;`);
    this.addSql(`drop trigger if exists report_node_day_roll_trunc on report_node_day;`);
    this.addSql(`drop trigger if exists report_node_day_roll_upd on report_node_day;`);
    this.addSql(`drop trigger if exists report_node_month_roll_del on report_node_month;`);
    this.addSql(`drop trigger if exists report_node_month_roll_ins on report_node_month;`);
    this.addSql(`drop trigger if exists report_node_month_roll_trunc on report_node_month;`);
    this.addSql(`drop trigger if exists report_node_month_roll_upd on report_node_month;`);
    this.addSql(`drop trigger if exists report_reach_roll_del on report_reach;`);
    this.addSql(`drop trigger if exists report_reach_roll_ins on report_reach;`);
    this.addSql(`drop trigger if exists report_reach_roll_trunc on report_reach;`);
    this.addSql(`drop trigger if exists report_reach_roll_upd on report_reach;`);
    this.addSql(`drop function if exists report_day_total_keep();`);
    this.addSql(`drop function if exists report_month_total_keep();`);
    this.addSql(`drop function if exists report_node_keep_day();`);
    this.addSql(`drop function if exists report_node_keep_month();`);
    this.addSql(`drop function if exists report_node_keep_need();`);
    this.addSql(`drop function if exists report_node_day_roll();`);
    this.addSql(`drop function if exists report_node_month_roll();`);
    this.addSql(`drop function if exists report_reach_roll();`);
  }

  override async down(): Promise<void> {
    // Nothing to put back: the triggers and their functions are declarations of the older source, whose own
    // apply step (src/db/schema/apply.ts) creates them again after the migrations.
  }
}
