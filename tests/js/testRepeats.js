// The repeat finder through GJS: repeats across reviews of one register
// and the score of one pair.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, run} from './harness.js';

const EXAMPLES = GLib.getenv('SCR_EXAMPLES');

function register() {
    const merged = Scr.Dataset.new();
    for (const name of ['child-b1-leicester.json', 'child-n-lancashire.json']) {
        const dataset = Scr.Dataset.new_from_file(
            GLib.build_filenamev([EXAMPLES, 'data', name]));
        for (const [get, add] of [['get_agencies', 'add_agency'], ['get_cases', 'add_case'],
            ['get_reviews', 'add_review'], ['get_recommendations', 'add_recommendation']]) {
            const model = dataset[get]();
            for (let i = 0; i < model.get_n_items(); i++)
                merged[add](model.get_item(i));
        }
    }
    return merged;
}

test('find', () => {
    const finder = Scr.RepeatFinder.new();
    assertEqual(finder.get_threshold(), Scr.REPEAT_FINDER_DEFAULT_THRESHOLD);
    finder.set_threshold(0.2);
    assertEqual(finder.threshold, 0.2);
    const repeats = finder.find(register());
    assert(repeats.get_n_items() > 0, 'some repeats');
    const repeat = repeats.get_item(0);
    assertEqual(repeat.get_kind(), Scr.RepeatKind.RECOMMENDATION);
    assertEqual(repeat.get_review_id(), 'child-b1-scr');
    assertEqual(repeat.get_earlier_review_id(), 'child-n-scr');
    assert(repeat.get_item_id().startsWith('b1-rec-'), repeat.get_item_id());
    assert(repeat.get_earlier_item_id().startsWith('child-n-rec-'), repeat.get_earlier_item_id());
    assert(repeat.get_score() >= 0.2, `${repeat.get_score()}`);
    const words = repeat.get_shared_words();
    assert(words.length > 0, 'shared words');
    assert(repeat.get_summary().includes(`'${words[0]}'`), repeat.get_summary());
    const json = repeat.to_json().get_object();
    assertEqual(json.get_string_member('kind'), 'recommendation');
});

test('similarity', () => {
    const finder = Scr.RepeatFinder.new();
    const [score, shared] = finder.similarity('Escalate the non-engagement.',
        'Escalating non-engagement');
    assert(Math.abs(score - 1) < 1e-6, `${score}`);
    assertEqual(shared.join(','), 'engagement,escalate,non');
});

run();
