// SPDX-License-Identifier: LGPL-2.1-or-later
// The theme vocabulary through GJS: ScrVocabulary, ScrConcept and the
// concept ids of themes, findings and recommendations.
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

test('builtin vocabulary: sources and concepts', () => {
    const vocabulary = Scr.Vocabulary.new_builtin();
    const sources = vocabulary.get_source_ids();
    assert(same([...sources].sort(),
        ['libscr', 'nspcc-topics', 'panel-themes', 'scrt-themes', 'triennial']), `${sources}`);
    for (const source of sources) {
        assert(vocabulary.get_source_title(source), source);
        assert(vocabulary.get_source_citation(source), source);
    }
    assertEqual(vocabulary.get_source_url('nspcc-topics'),
        'https://learning.nspcc.org.uk/case-reviews/national-case-review-repository');
    assertEqual(vocabulary.get_source_url('libscr'), null);
    const concepts = vocabulary.get_concepts();
    assert(concepts.get_n_items() >= 80, 'concepts');
    assert(concepts.get_item(0) instanceof Scr.Concept, 'a concept');
});

test('concepts, labels and crosswalks', () => {
    const vocabulary = Scr.Vocabulary.new_builtin();
    const concept = vocabulary.lookup('panel:extra-familial-harm');
    assertEqual(concept.get_id(), 'panel:extra-familial-harm');
    assertEqual(concept.get_pref_label(), 'Extra-familial harm');
    assert(concept.get_alt_labels().includes('risks outside the family'), 'alt label');
    assert(same(concept.get_broader(), []), 'broader');
    assert(same(concept.get_narrower(), []), 'narrower');
    assert(concept.get_definition().length > 0, 'definition');
    assertEqual(concept.get_source_id(), 'panel-themes');
    assertEqual(concept.get_evidence(), 'F');
    assertEqual(vocabulary.lookup('panel:nothing'), null);
    assertEqual(vocabulary.find_by_label('RISKS OUTSIDE THE FAMILY').get_id(), 'panel:extra-familial-harm');
    assertEqual(vocabulary.find_by_label('no such theme'), null);
    assert(same(vocabulary.crosswalk('panel:extra-familial-harm', 'libscr'), ['libscr:extra-familial-harm']),
        'crosswalk');
    assert(same(vocabulary.crosswalk('libscr:extra-familial-harm', 'panel-themes'),
        ['panel:extra-familial-harm']), 'crosswalk back');
});

test('a local file and its errors', () => {
    const vocabulary = Scr.Vocabulary.new();
    assertEqual(vocabulary.get_source_ids().length, 0);
    const path = GLib.build_filenamev([GLib.get_tmp_dir(), `scr-vocabulary-${GLib.get_monotonic_time()}.json`]);
    GLib.file_set_contents(path, '{"vocabulary_version": 1, "id": "local", "title": "t",' +
        ' "source": {"publisher": "p", "title": "t", "citation": "c", "evidence": "R"},' +
        ' "concepts": [{"id": "local:a", "pref_label": "A", "broader": ["local:zz"], "evidence": "R"}]}');
    assertThrows(() => vocabulary.load_file(path),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.NOT_FOUND) && e.message.includes(path) &&
            e.message.includes('concepts[0].broader[0]: unknown concept "local:zz"'), e.message));
    GLib.file_set_contents(path, '{"vocabulary_version": 1, "id": "local", "title": "t",' +
        ' "source": {"publisher": "p", "title": "t", "citation": "c", "evidence": "R"},' +
        ' "concepts": [{"id": "local:a", "pref_label": "A", "evidence": "R"}]}');
    assert(vocabulary.load_file(path), 'loads');
    assertEqual(vocabulary.lookup('local:a').get_source_id(), 'local');
    GLib.unlink(path);
});

test('concept ids of themes, findings and recommendations', () => {
    const ids = ['nspcc:neglect', 'libscr:early-help'];
    const theme = Scr.Theme.new('t', 'Neglect');
    assert(same(theme.get_concept_ids(), []), 'empty');
    assert(!Json.to_string(theme.to_json(), false).includes('concept_ids'), 'not written when empty');
    theme.set_concept_ids(ids);
    assert(same(theme.get_concept_ids(), ids), 'theme');
    assert(same(theme.concept_ids, ids), 'property');
    assert(same(Scr.Theme.new_from_json(theme.to_json()).get_concept_ids(), ids), 'theme round trip');
    const finding = Scr.Finding.new('f', 'Neglect was not recognised');
    finding.set_concept_ids(ids);
    assert(same(finding.get_concept_ids(), ids), 'finding');
    const recommendation = Scr.Recommendation.new('r', 'Audit neglect cases');
    recommendation.set_concept_ids(ids);
    assert(same(recommendation.get_concept_ids(), ids), 'recommendation');
});

run();
