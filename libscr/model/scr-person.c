/* scr-person.c: a child or adult in a case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-person-private.h"

#include "scr-enum-types.h"
#include "scr-fields-private.h"
#include "scr-period-private.h"
#include "scr-restricted-details-private.h"

/**
 * ScrPerson:
 *
 * A child or adult in a case: the subject child of a review, or a parent,
 * sibling or other member of the household, with their relationship to the
 * subject ("Mother", "Father 2", "Sibling").
 *
 * Reviews identify people only by pseudonyms ("Child L"). Dates of birth
 * may be partial ([struct@Scr.Date] of year precision) or missing, with
 * only an [property@Scr.Person:age] recorded. The legal status of a child
 * (looked after, child protection plan, custody...) is a set of
 * [enum@Scr.Tristate] values, as records often do not say.
 *
 * ## Threads
 *
 * A person is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrPerson
{
  GObject parent_instance;

  char *id;
  char *pseudonym;
  char *relationship;
  ScrDate *date_of_birth;
  int age;
  char *sex;
  char *ethnicity;
  int disability;         /* the ScrTristate members */
  int looked_after;
  int child_protection_plan;
  int child_in_need;
  int custody_setting;
  int mha_detained;
  int dol_order;
  int care_leaver_age;
  ScrItemList *cp_register_periods;
  ScrItemList *looked_after_periods;
  ScrRestrictedDetails *restricted;
  JsonObject *unknown;
  JsonObject *legal_status_unknown;
};

G_DEFINE_FINAL_TYPE (ScrPerson, scr_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PSEUDONYM,
  PROP_RELATIONSHIP,
  PROP_DATE_OF_BIRTH,
  PROP_AGE,
  PROP_SEX,
  PROP_ETHNICITY,
  PROP_DISABILITY,
  PROP_LEGAL_STATUS,      /* the JSON object of the next nine; no property */
  PROP_LOOKED_AFTER,
  PROP_CHILD_PROTECTION_PLAN,
  PROP_CHILD_IN_NEED,
  PROP_CUSTODY_SETTING,
  PROP_MHA_DETAINED,
  PROP_DOL_ORDER,
  PROP_CARE_LEAVER_AGE,
  PROP_CP_REGISTER_PERIODS,
  PROP_LOOKED_AFTER_PERIODS,
  PROP_RESTRICTED,
};

void
scr_person_peek_fields (ScrPerson       *self,
                        ScrPersonFields *fields)
{
  fields->date_of_birth = self->date_of_birth;
  fields->age = self->age;
  fields->care_leaver_age = self->care_leaver_age;
  fields->looked_after = self->looked_after;
  fields->custody_setting = self->custody_setting;
  fields->mha_detained = self->mha_detained;
  fields->dol_order = self->dol_order;
  fields->cp_register_periods = (GListModel *) self->cp_register_periods;
  fields->looked_after_periods = (GListModel *) self->looked_after_periods;
}

/* in the order they are written; they are read in property order */
static const guint legal_status_members[] = {
  PROP_LOOKED_AFTER, PROP_CHILD_PROTECTION_PLAN, PROP_CHILD_IN_NEED, PROP_CARE_LEAVER_AGE,
  PROP_CUSTODY_SETTING, PROP_MHA_DETAINED, PROP_DOL_ORDER,
  PROP_CP_REGISTER_PERIODS, PROP_LOOKED_AFTER_PERIODS, 0
};

#define TRISTATE(name, prop, field) \
  SCR_FIELD_ENUM (name, prop, ScrPerson, field, scr_tristate_get_type, SCR_TRISTATE_UNKNOWN)

static const ScrField person_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_CONSTRUCT ("id", "id", ScrPerson, id, FALSE),
  [PROP_PSEUDONYM - 1] = SCR_FIELD_STRING ("pseudonym", "pseudonym", ScrPerson, pseudonym),
  [PROP_RELATIONSHIP - 1] = SCR_FIELD_STRING ("relationship", "relationship", ScrPerson,
                                              relationship),
  [PROP_DATE_OF_BIRTH - 1] = SCR_FIELD_DATE ("date_of_birth", "date-of-birth", ScrPerson,
                                             date_of_birth),
  [PROP_AGE - 1] = SCR_FIELD_INT_OR_NULL ("age", "age", ScrPerson, age,
                                          0, SCR_PERSON_MAX_AGE, -1),
  [PROP_SEX - 1] = SCR_FIELD_STRING ("sex", "sex", ScrPerson, sex),
  [PROP_ETHNICITY - 1] = SCR_FIELD_STRING ("ethnicity", "ethnicity", ScrPerson, ethnicity),
  [PROP_DISABILITY - 1] = TRISTATE ("disability", "disability", disability),
  [PROP_LEGAL_STATUS - 1] = SCR_FIELD_GROUP ("legal_status", ScrPerson, legal_status_unknown,
                                             legal_status_members),
  [PROP_LOOKED_AFTER - 1] = TRISTATE ("looked_after", "looked-after", looked_after),
  [PROP_CHILD_PROTECTION_PLAN - 1] = TRISTATE ("child_protection_plan", "child-protection-plan",
                                               child_protection_plan),
  [PROP_CHILD_IN_NEED - 1] = TRISTATE ("child_in_need", "child-in-need", child_in_need),
  [PROP_CUSTODY_SETTING - 1] = TRISTATE ("custody_setting", "custody-setting", custody_setting),
  [PROP_MHA_DETAINED - 1] = TRISTATE ("mha_detained", "mha-detained", mha_detained),
  [PROP_DOL_ORDER - 1] = TRISTATE ("dol_order", "dol-order", dol_order),
  [PROP_CARE_LEAVER_AGE - 1] = SCR_FIELD_INT_OR_NULL ("care_leaver_age", "care-leaver-age",
                                                      ScrPerson, care_leaver_age,
                                                      0, SCR_PERSON_MAX_CARE_LEAVER_AGE, -1),
  [PROP_CP_REGISTER_PERIODS - 1] = SCR_FIELD_LIST_OMIT_UNSET ("cp_register_periods",
                                                              "cp-register-periods", ScrPerson,
                                                              cp_register_periods,
                                                              scr_period_get_type,
                                                              scr_period_load_json,
                                                              scr_period_save_json),
  [PROP_LOOKED_AFTER_PERIODS - 1] = SCR_FIELD_LIST_OMIT_UNSET ("looked_after_periods",
                                                               "looked-after-periods", ScrPerson,
                                                               looked_after_periods,
                                                               scr_period_get_type,
                                                               scr_period_load_json,
                                                               scr_period_save_json),
  [PROP_RESTRICTED - 1] = SCR_FIELD_OBJECT_RESTRICTED ("restricted", "restricted", ScrPerson,
                                                       restricted,
                                                       scr_restricted_details_get_type,
                                                       scr_restricted_details_load_json,
                                                       scr_restricted_details_save_json),
};

#undef TRISTATE

static ScrFieldSet person_set = SCR_FIELD_SET (person_fields, ScrPerson, unknown, NULL);

static void
scr_person_class_init (ScrPersonClass *klass)
{
  /**
   * ScrPerson:id:
   *
   * The identifier of the person within the case, or %NULL. Set once,
   * when the person is made.
   */
  /**
   * ScrPerson:pseudonym:
   *
   * The name the review gives the person, such as "Child L".
   */
  /**
   * ScrPerson:relationship:
   *
   * The relationship to the subject child: "subject" for the child
   * themself, or "Mother", "Father 2", "Sibling"...
   */
  /**
   * ScrPerson:date-of-birth:
   *
   * The date of birth, possibly partial (a year or a month), or %NULL.
   */
  /**
   * ScrPerson:age:
   *
   * The age in years at the time of the incident, or -1 when unknown.
   */
  /**
   * ScrPerson:sex:
   *
   * The sex as the review records it ("male", "female"), or %NULL.
   */
  /**
   * ScrPerson:ethnicity:
   *
   * The ethnicity as the review records it, or %NULL.
   */
  /**
   * ScrPerson:disability:
   *
   * Whether the person has a disability.
   */
  /**
   * ScrPerson:looked-after:
   *
   * Whether the child was looked after by a local authority.
   */
  /**
   * ScrPerson:child-protection-plan:
   *
   * Whether the child was subject to a child protection plan.
   */
  /**
   * ScrPerson:child-in-need:
   *
   * Whether the child was a child in need (section 17 Children Act 1989).
   */
  /**
   * ScrPerson:custody-setting:
   *
   * Whether the child was in custody or a secure setting (police custody,
   * remand, a young offender institution, a secure training centre or a
   * secure children's home).
   */
  /**
   * ScrPerson:mha-detained:
   *
   * Whether the child was detained under the Mental Health Act 1983.
   */
  /**
   * ScrPerson:dol-order:
   *
   * Whether the child (aged 16 or 17) was subject to a deprivation of
   * liberty order.
   */
  /**
   * ScrPerson:care-leaver-age:
   *
   * For a care leaver, their age in years; -1 when the person is not a
   * care leaver or it is not known.
   */
  /**
   * ScrPerson:cp-register-periods:
   *
   * The periods the child was on the child protection register (in
   * England, subject to a child protection plan), a #GListModel of
   * [class@Scr.Period]; empty when none is recorded. The JSON member is
   * `legal_status.cp_register_periods`, written only when not empty.
   */
  /**
   * ScrPerson:looked-after-periods:
   *
   * The periods the child was looked after by a local authority, a
   * #GListModel of [class@Scr.Period]; empty when none is recorded. The
   * JSON member is `legal_status.looked_after_periods`, written only when
   * not empty.
   */
  /**
   * ScrPerson:restricted:
   *
   * The person's real details behind the pseudonym (names, exact date of
   * birth, addresses, schools, case and NHS numbers), or %NULL. Read from
   * the JSON member `restricted`, written only by a save that asks for
   * them ([method@Scr.Dataset.save_to_file_full] with
   * %SCR_SAVE_FLAGS_INCLUDE_RESTRICTED).
   */
  scr_field_set_install (&person_set, G_OBJECT_CLASS (klass));
}

static void
scr_person_init (ScrPerson *self)
{
  scr_field_set_init_instance (&person_set, G_OBJECT (self));
}

/**
 * scr_person_new:
 * @id: (nullable): the identifier of the person within the case
 *
 * Creates a person about whom nothing is known yet.
 *
 * Returns: (transfer full): a new person
 */
ScrPerson *
scr_person_new (const char *id)
{
  return g_object_new (SCR_TYPE_PERSON, "id", id, NULL);
}

ScrPerson *
scr_person_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  return scr_field_set_load (&person_set, SCR_TYPE_PERSON, object, path, error);
}

void
scr_person_save_json (ScrPerson   *self,
                      JsonBuilder *builder)
{
  scr_field_set_save (&person_set, G_OBJECT (self), builder);
}

/**
 * scr_person_new_from_json:
 * @node: a JSON object in the format of `doc/json-format.md`
 * @error: return location for a #GError
 *
 * Reads a person from its JSON form. Members the library does not know,
 * also inside `legal_status`, are kept and written back by
 * [method@Scr.Person.to_json].
 *
 * Returns: (transfer full): the person, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when @node is not a valid person
 */
ScrPerson *
scr_person_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&person_set, SCR_TYPE_PERSON, node, error);
}

/**
 * scr_person_to_json:
 * @self: a person
 *
 * Writes the person in its JSON form, unknown members last.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_person_to_json (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return scr_field_set_to_json (&person_set, G_OBJECT (self));
}

/**
 * scr_person_get_id:
 * @self: a person
 *
 * Gets the identifier of the person within the case.
 *
 * Returns: (nullable): the identifier
 */
const char *
scr_person_get_id (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->id;
}

/**
 * scr_person_get_pseudonym:
 * @self: a person
 *
 * Gets the pseudonym of the person.
 *
 * Returns: (nullable): the pseudonym, such as "Child L"
 */
const char *
scr_person_get_pseudonym (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->pseudonym;
}

/**
 * scr_person_set_pseudonym:
 * @self: a person
 * @pseudonym: (nullable): the pseudonym
 *
 * Sets the pseudonym of the person.
 */
void
scr_person_set_pseudonym (ScrPerson  *self,
                          const char *pseudonym)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_string (&person_set, G_OBJECT (self), PROP_PSEUDONYM, pseudonym);
}

/**
 * scr_person_get_relationship:
 * @self: a person
 *
 * Gets the relationship of the person to the subject child.
 *
 * Returns: (nullable): "subject", "Mother", "Sibling"...
 */
const char *
scr_person_get_relationship (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->relationship;
}

/**
 * scr_person_set_relationship:
 * @self: a person
 * @relationship: (nullable): the relationship to the subject child
 *
 * Sets the relationship of the person to the subject child.
 */
void
scr_person_set_relationship (ScrPerson  *self,
                             const char *relationship)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_string (&person_set, G_OBJECT (self), PROP_RELATIONSHIP, relationship);
}

/**
 * scr_person_get_sex:
 * @self: a person
 *
 * Gets the sex of the person as the review records it.
 *
 * Returns: (nullable): the sex
 */
const char *
scr_person_get_sex (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->sex;
}

/**
 * scr_person_set_sex:
 * @self: a person
 * @sex: (nullable): the sex
 *
 * Sets the sex of the person.
 */
void
scr_person_set_sex (ScrPerson  *self,
                    const char *sex)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_string (&person_set, G_OBJECT (self), PROP_SEX, sex);
}

/**
 * scr_person_get_ethnicity:
 * @self: a person
 *
 * Gets the ethnicity of the person as the review records it.
 *
 * Returns: (nullable): the ethnicity
 */
const char *
scr_person_get_ethnicity (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->ethnicity;
}

/**
 * scr_person_set_ethnicity:
 * @self: a person
 * @ethnicity: (nullable): the ethnicity
 *
 * Sets the ethnicity of the person.
 */
void
scr_person_set_ethnicity (ScrPerson  *self,
                          const char *ethnicity)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_string (&person_set, G_OBJECT (self), PROP_ETHNICITY, ethnicity);
}

/**
 * scr_person_get_age:
 * @self: a person
 *
 * Gets the age of the person in years.
 *
 * Returns: the age, or -1 when unknown
 */
int
scr_person_get_age (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), -1);

  return self->age;
}

/**
 * scr_person_set_age:
 * @self: a person
 * @age: the age in years (0 to 150), or -1 when unknown
 *
 * Sets the age of the person.
 */
void
scr_person_set_age (ScrPerson *self,
                    int        age)
{
  g_return_if_fail (SCR_IS_PERSON (self));
  g_return_if_fail (age >= -1 && age <= SCR_PERSON_MAX_AGE);

  scr_field_set_int (&person_set, G_OBJECT (self), PROP_AGE, age);
}

/**
 * scr_person_get_care_leaver_age:
 * @self: a person
 *
 * Gets the age of a care leaver.
 *
 * Returns: the age in years, or -1 when the person is not a care leaver
 */
int
scr_person_get_care_leaver_age (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), -1);

  return self->care_leaver_age;
}

/**
 * scr_person_set_care_leaver_age:
 * @self: a person
 * @care_leaver_age: the age in years (0 to 30), or -1 when not a care leaver
 *
 * Sets the age of a care leaver.
 */
void
scr_person_set_care_leaver_age (ScrPerson *self,
                                int        care_leaver_age)
{
  g_return_if_fail (SCR_IS_PERSON (self));
  g_return_if_fail (care_leaver_age >= -1 && care_leaver_age <= SCR_PERSON_MAX_CARE_LEAVER_AGE);

  scr_field_set_int (&person_set, G_OBJECT (self), PROP_CARE_LEAVER_AGE, care_leaver_age);
}

/**
 * scr_person_get_restricted:
 * @self: a person
 *
 * Gets [property@Scr.Person:restricted].
 *
 * Returns: (transfer none) (nullable): the restricted details, or %NULL
 */
ScrRestrictedDetails *
scr_person_get_restricted (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->restricted;
}

/**
 * scr_person_set_restricted:
 * @self: a person
 * @restricted: (nullable): the restricted details, or %NULL for none
 *
 * Sets [property@Scr.Person:restricted]; the person keeps a reference.
 */
void
scr_person_set_restricted (ScrPerson            *self,
                           ScrRestrictedDetails *restricted)
{
  g_return_if_fail (SCR_IS_PERSON (self));
  g_return_if_fail (restricted == NULL || SCR_IS_RESTRICTED_DETAILS (restricted));

  scr_field_set_object (&person_set, G_OBJECT (self), PROP_RESTRICTED, restricted);
}

/**
 * scr_person_get_disability:
 * @self: a person
 *
 * Gets whether the person has a disability.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_disability (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->disability;
}

/**
 * scr_person_set_disability:
 * @self: a person
 * @disability: the answer
 *
 * Sets whether the person has a disability.
 */
void
scr_person_set_disability (ScrPerson   *self,
                           ScrTristate  disability)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self), PROP_DISABILITY, disability);
}

/**
 * scr_person_get_looked_after:
 * @self: a person
 *
 * Gets whether the child was looked after.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_looked_after (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->looked_after;
}

/**
 * scr_person_set_looked_after:
 * @self: a person
 * @looked_after: the answer
 *
 * Sets whether the child was looked after.
 */
void
scr_person_set_looked_after (ScrPerson   *self,
                             ScrTristate  looked_after)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self), PROP_LOOKED_AFTER, looked_after);
}

/**
 * scr_person_get_child_protection_plan:
 * @self: a person
 *
 * Gets whether the child was subject to a child protection plan.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_child_protection_plan (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->child_protection_plan;
}

/**
 * scr_person_set_child_protection_plan:
 * @self: a person
 * @child_protection_plan: the answer
 *
 * Sets whether the child was subject to a child protection plan.
 */
void
scr_person_set_child_protection_plan (ScrPerson   *self,
                                      ScrTristate  child_protection_plan)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self),
                      PROP_CHILD_PROTECTION_PLAN, child_protection_plan);
}

/**
 * scr_person_get_child_in_need:
 * @self: a person
 *
 * Gets whether the child was a child in need.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_child_in_need (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->child_in_need;
}

/**
 * scr_person_set_child_in_need:
 * @self: a person
 * @child_in_need: the answer
 *
 * Sets whether the child was a child in need.
 */
void
scr_person_set_child_in_need (ScrPerson   *self,
                              ScrTristate  child_in_need)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self), PROP_CHILD_IN_NEED, child_in_need);
}

/**
 * scr_person_get_custody_setting:
 * @self: a person
 *
 * Gets whether the child was in custody or a secure setting.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_custody_setting (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->custody_setting;
}

/**
 * scr_person_set_custody_setting:
 * @self: a person
 * @custody_setting: the answer
 *
 * Sets whether the child was in custody or a secure setting.
 */
void
scr_person_set_custody_setting (ScrPerson   *self,
                                ScrTristate  custody_setting)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self), PROP_CUSTODY_SETTING, custody_setting);
}

/**
 * scr_person_get_mha_detained:
 * @self: a person
 *
 * Gets whether the child was detained under the Mental Health Act 1983.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_mha_detained (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->mha_detained;
}

/**
 * scr_person_set_mha_detained:
 * @self: a person
 * @mha_detained: the answer
 *
 * Sets whether the child was detained under the Mental Health Act 1983.
 */
void
scr_person_set_mha_detained (ScrPerson   *self,
                             ScrTristate  mha_detained)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self), PROP_MHA_DETAINED, mha_detained);
}

/**
 * scr_person_get_dol_order:
 * @self: a person
 *
 * Gets whether the child was subject to a deprivation of liberty order.
 *
 * Returns: the answer
 */
ScrTristate
scr_person_get_dol_order (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);

  return self->dol_order;
}

/**
 * scr_person_set_dol_order:
 * @self: a person
 * @dol_order: the answer
 *
 * Sets whether the child was subject to a deprivation of liberty order.
 */
void
scr_person_set_dol_order (ScrPerson   *self,
                          ScrTristate  dol_order)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_enum (&person_set, G_OBJECT (self), PROP_DOL_ORDER, dol_order);
}

/**
 * scr_person_get_date_of_birth:
 * @self: a person
 *
 * Gets the date of birth, which may be partial.
 *
 * Returns: (nullable) (transfer none): the date of birth
 */
const ScrDate *
scr_person_get_date_of_birth (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return self->date_of_birth;
}

/**
 * scr_person_set_date_of_birth:
 * @self: a person
 * @date_of_birth: (nullable): the date of birth
 *
 * Sets the date of birth.
 */
void
scr_person_set_date_of_birth (ScrPerson     *self,
                              const ScrDate *date_of_birth)
{
  g_return_if_fail (SCR_IS_PERSON (self));

  scr_field_set_date (&person_set, G_OBJECT (self), PROP_DATE_OF_BIRTH, date_of_birth);
}

/* Removes the first copy of @period from @list; whether it was there. */
static gboolean
remove_period (ScrItemList *list,
               ScrPeriod   *period)
{
  guint position;

  if (list == NULL || !scr_item_list_find (list, period, &position))
    return FALSE;
  scr_item_list_remove (list, position);
  return TRUE;
}

/**
 * scr_person_get_cp_register_periods:
 * @self: a person
 *
 * Gets [property@Scr.Person:cp-register-periods]. The list changes as
 * periods are added and removed.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Period]
 */
GListModel *
scr_person_get_cp_register_periods (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return G_LIST_MODEL (scr_field_set_list (&person_set, G_OBJECT (self),
                                           PROP_CP_REGISTER_PERIODS));
}

/**
 * scr_person_add_cp_register_period:
 * @self: a person
 * @period: a period on the child protection register
 *
 * Appends @period to [property@Scr.Person:cp-register-periods]; the
 * person keeps a reference.
 */
void
scr_person_add_cp_register_period (ScrPerson *self,
                                   ScrPeriod *period)
{
  g_return_if_fail (SCR_IS_PERSON (self));
  g_return_if_fail (SCR_IS_PERIOD (period));

  scr_item_list_append (scr_field_set_list (&person_set, G_OBJECT (self),
                                            PROP_CP_REGISTER_PERIODS), period);
}

/**
 * scr_person_remove_cp_register_period:
 * @self: a person
 * @period: one of the person's periods on the register
 *
 * Removes @period from [property@Scr.Person:cp-register-periods].
 *
 * Returns: %TRUE if @period was there and is removed
 */
gboolean
scr_person_remove_cp_register_period (ScrPerson *self,
                                      ScrPeriod *period)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), FALSE);
  g_return_val_if_fail (SCR_IS_PERIOD (period), FALSE);

  return remove_period (self->cp_register_periods, period);
}

/**
 * scr_person_get_looked_after_periods:
 * @self: a person
 *
 * Gets [property@Scr.Person:looked-after-periods]. The list changes as
 * periods are added and removed.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Period]
 */
GListModel *
scr_person_get_looked_after_periods (ScrPerson *self)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), NULL);

  return G_LIST_MODEL (scr_field_set_list (&person_set, G_OBJECT (self),
                                           PROP_LOOKED_AFTER_PERIODS));
}

/**
 * scr_person_add_looked_after_period:
 * @self: a person
 * @period: a period looked after
 *
 * Appends @period to [property@Scr.Person:looked-after-periods]; the
 * person keeps a reference.
 */
void
scr_person_add_looked_after_period (ScrPerson *self,
                                    ScrPeriod *period)
{
  g_return_if_fail (SCR_IS_PERSON (self));
  g_return_if_fail (SCR_IS_PERIOD (period));

  scr_item_list_append (scr_field_set_list (&person_set, G_OBJECT (self),
                                            PROP_LOOKED_AFTER_PERIODS), period);
}

/**
 * scr_person_remove_looked_after_period:
 * @self: a person
 * @period: one of the person's periods looked after
 *
 * Removes @period from [property@Scr.Person:looked-after-periods].
 *
 * Returns: %TRUE if @period was there and is removed
 */
gboolean
scr_person_remove_looked_after_period (ScrPerson *self,
                                       ScrPeriod *period)
{
  g_return_val_if_fail (SCR_IS_PERSON (self), FALSE);
  g_return_val_if_fail (SCR_IS_PERIOD (period), FALSE);

  return remove_period (self->looked_after_periods, period);
}
