# SPDX-License-Identifier: LGPL-2.1-or-later
"""The theme vocabulary through PyGObject: ScrVocabulary, ScrConcept and the
concept ids of themes, findings and recommendations."""
import json
import os
import tempfile
import unittest

from scrtest import GLib, Json, Scr, main


class VocabularyTest(unittest.TestCase):
    def setUp(self):
        self.vocabulary = Scr.Vocabulary.new_builtin()

    def test_builtin_sources(self):
        sources = self.vocabulary.get_source_ids()
        self.assertEqual(sorted(sources),
                         ["libscr", "nspcc-topics", "panel-themes", "scrt-themes", "triennial"])
        for source in sources:
            self.assertTrue(self.vocabulary.get_source_title(source))
            self.assertTrue(self.vocabulary.get_source_citation(source))
        self.assertTrue(self.vocabulary.get_source_url("panel-themes").startswith("https://"))
        self.assertIsNone(self.vocabulary.get_source_url("libscr"))
        concepts = self.vocabulary.get_concepts()
        self.assertGreaterEqual(concepts.get_n_items(), 80)
        self.assertIsInstance(concepts.get_item(0), Scr.Concept)

    def test_concept(self):
        concept = self.vocabulary.lookup("triennial:sudi")
        self.assertEqual(concept.get_id(), "triennial:sudi")
        self.assertEqual(concept.get_pref_label(), "Sudden unexpected death in infancy")
        self.assertIn("SUDI", concept.get_alt_labels())
        self.assertEqual(concept.get_broader(), ["triennial:categories-of-neglect"])
        self.assertEqual(concept.get_narrower(), [])
        self.assertTrue(concept.get_definition())
        self.assertEqual(concept.get_source_id(), "triennial")
        self.assertEqual(concept.get_evidence(), "F")
        self.assertEqual(concept.props.pref_label, concept.get_pref_label())
        parent = self.vocabulary.lookup("triennial:categories-of-neglect")
        self.assertIn("triennial:sudi", parent.get_narrower())
        self.assertIsNone(self.vocabulary.lookup("triennial:nothing"))

    def test_labels_and_crosswalks(self):
        self.assertEqual(self.vocabulary.find_by_label("sudi").get_id(), "triennial:sudi")
        self.assertEqual(self.vocabulary.find_by_label("Extra-Familial Harm").get_id(),
                         "panel:extra-familial-harm")
        self.assertIsNone(self.vocabulary.find_by_label("no such theme"))
        self.assertEqual(self.vocabulary.crosswalk("nspcc:neglect", "libscr"), ["libscr:neglect"])
        self.assertEqual(self.vocabulary.crosswalk("libscr:neglect", "nspcc-topics"), ["nspcc:neglect"])
        self.assertEqual(self.vocabulary.crosswalk("nspcc:neglect", "triennial"), [])

    def test_local_file_and_errors(self):
        vocabulary = Scr.Vocabulary.new()
        self.assertEqual(vocabulary.get_source_ids(), [])
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "local.json")
            with open(path, "w") as f:
                json.dump({"vocabulary_version": 1, "id": "local", "title": "t",
                           "source": {"publisher": "p", "title": "t", "citation": "c",
                                      "evidence": "R"},
                           "concepts": [{"id": "local:a", "pref_label": "A", "evidence": "R"},
                                        {"id": "local:a", "pref_label": "B", "evidence": "R"}]}, f)
            with self.assertRaises(GLib.Error) as caught:
                vocabulary.load_file(path)
            self.assertTrue(caught.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))
            self.assertIn(path, caught.exception.message)
            self.assertIn('concepts[1].id: duplicate concept id "local:a"', caught.exception.message)
            with open(path, "w") as f:
                json.dump({"vocabulary_version": 1, "id": "local", "title": "t",
                           "source": {"publisher": "p", "title": "t", "citation": "c",
                                      "evidence": "R"},
                           "concepts": [{"id": "local:a", "pref_label": "A", "evidence": "R"}]}, f)
            self.assertTrue(vocabulary.load_file(path))
            self.assertEqual(vocabulary.lookup("local:a").get_source_id(), "local")


class ConceptIdsTest(unittest.TestCase):
    def test_theme_finding_recommendation(self):
        ids = ["nspcc:neglect", "libscr:early-help"]
        theme = Scr.Theme.new("t", "Neglect")
        self.assertEqual(theme.get_concept_ids(), [])
        self.assertNotIn("concept_ids", Json.to_string(theme.to_json(), False))
        theme.set_concept_ids(ids)
        self.assertEqual(theme.get_concept_ids(), ids)
        self.assertEqual(theme.props.concept_ids, ids)
        back = Scr.Theme.new_from_json(theme.to_json())
        self.assertEqual(back.get_concept_ids(), ids)

        finding = Scr.Finding.new("f", "Neglect was not recognised")
        finding.set_concept_ids(ids)
        self.assertEqual(Scr.Finding.new_from_json(finding.to_json()).get_concept_ids(), ids)

        recommendation = Scr.Recommendation.new("r", "Audit neglect cases")
        recommendation.set_concept_ids(ids)
        self.assertEqual(recommendation.get_concept_ids(), ids)
        recommendation.set_concept_ids(None)
        self.assertEqual(recommendation.get_concept_ids(), [])


if __name__ == "__main__":
    main()
