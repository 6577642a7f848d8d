// A register from GJS: create one from a dataset, record a referral, and
// list what is due and the decision log.
//   gjs -m examples/js/register.js [DATASET.json]
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';

function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

const file = ARGV[0] ?? 'examples/data/sefton-scr-timelines.json';
const dir = GLib.dir_make_tmp('register-XXXXXX');
const path = GLib.build_filenamev([dir, 'register.db']);
try {
    const store = Scr.Store.create(path);
    store.import(Scr.Dataset.new_from_file(file), 'business-unit', `from ${file}`);

    // A referral that arrived on 2 December 2026: notify the Panel within
    // 5 working days. Saved at version 0 = new to the register.
    const referral = Scr.Case.new('new-referral', Scr.Jurisdiction.ENGLAND);
    for (const [fact, value] of [['abuse_neglect', 'suspected'], ['serious_harm', 'yes'],
        ['died', 'no'], ['incident_location', 'this_la']])
        referral.set_fact(fact, value);
    referral.set_event('became_aware', Scr.Date.new(2026, 12, 2));
    store.save(referral, 0, 'duty-officer', "referral from children's social care");

    const today = Scr.Date.new(2026, 12, 7);
    for (const timeline of items(store.list_due(today, null))) {
        for (const d of items(timeline.get_deadlines())) {
            if (d.get_status() !== Scr.DeadlineStatus.PENDING &&
                d.get_status() !== Scr.DeadlineStatus.OVERDUE)
                continue;
            const left = timeline.get_calendar().count_working_days(today, d.get_due());
            print(`${timeline.get_case_id()} ${d.get_rule_id()} due ${d.get_due().to_iso8601()}: ` +
                `${left} working days left`);
        }
    }
    for (const e of items(store.list_log('new-referral')))
        print(`log ${e.get_sequence()}: ${e.get_user()} ${e.get_member() || 'added'} (${e.get_reason()})`);
    const [verified] = store.verify_log();
    print(verified ? 'the decision log verifies' : 'the decision log does not verify');
} finally {
    for (const suffix of ['', '-wal', '-shm'])
        GLib.unlink(path + suffix);
    GLib.rmdir(dir);
}
