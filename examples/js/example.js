// libscr from GJS, as an ES module: gjs -m examples/js/example.js
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';

const dataset = Scr.Dataset.new_from_file('examples/data/child-l-cumbria.json');
const evaluator = Scr.Evaluator.new(null); // the built-in statutory rules
const today = Scr.Date.new(2024, 1, 1);

// The items of a Gio.ListModel (GJS 1.74 gives for...of to Gio.ListStore
// only; libscr's lists are not GListStores, see doc/threads.md).
function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

for (const scrCase of items(dataset.get_cases())) {
    const evaluation = evaluator.evaluate(scrCase, null);
    for (const outcome of items(evaluation.get_outcomes())) {
        if (outcome.get_verdict() === Scr.Verdict.REQUIRED)
            print(`${scrCase.get_id()}: ${outcome.get_rule_id()}: ${outcome.get_reason()}`);
    }
    for (const deadline of items(evaluator.timeline(scrCase, today).get_deadlines())) {
        const due = deadline.get_due()?.to_iso8601() ?? '-';
        print(`  ${deadline.get_rule_id()} due ${due}`);
    }
}

// Errors are GLib.Error in the Scr.Error domain, with the JSON path.
try {
    const bad = '{"schema_version": 1, "cases": [{"id": "x", "jurisdiction": 3}]}';
    Scr.Dataset.new_from_data(new TextEncoder().encode(bad));
} catch (e) {
    if (!(e instanceof GLib.Error) || !e.matches(Scr.Error, Scr.Error.VALIDATION))
        throw e;
    print(e.message);
}
