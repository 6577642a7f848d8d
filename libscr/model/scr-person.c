/* scr-person.c: a child or adult in a case.
 *
 * Over 800 lines as one concept, the ScrPerson class: its properties with
 * their documentation and JSON.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-model-private.h"
#include "scr-person-private.h"

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
  ScrTristate tristate[7];
  int care_leaver_age;
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
  /* the tristates, in the order of ScrPerson.tristate */
  PROP_DISABILITY,
  PROP_LOOKED_AFTER,
  PROP_CHILD_PROTECTION_PLAN,
  PROP_CHILD_IN_NEED,
  PROP_CUSTODY_SETTING,
  PROP_MHA_DETAINED,
  PROP_DOL_ORDER,
  PROP_CARE_LEAVER_AGE,
  N_PROPS
};

#define TRI(prop) ((prop) - PROP_DISABILITY)

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "pseudonym", "relationship", "date_of_birth", "age", "sex", "ethnicity",
  "disability", "legal_status", NULL
};
static const char * const legal_status_members[] = {
  "looked_after", "child_protection_plan", "child_in_need", "care_leaver_age",
  "custody_setting", "mha_detained", "dol_order", NULL
};
/* legal_status members that are tristates, with their property */
static const struct {
  const char *member;
  int prop;
} legal_tristates[] = {
  { "looked_after", PROP_LOOKED_AFTER },
  { "child_protection_plan", PROP_CHILD_PROTECTION_PLAN },
  { "child_in_need", PROP_CHILD_IN_NEED },
  { "custody_setting", PROP_CUSTODY_SETTING },
  { "mha_detained", PROP_MHA_DETAINED },
  { "dol_order", PROP_DOL_ORDER },
};

static void
scr_person_finalize (GObject *object)
{
  ScrPerson *self = SCR_PERSON (object);

  g_free (self->id);
  g_free (self->pseudonym);
  g_free (self->relationship);
  g_clear_pointer (&self->date_of_birth, scr_date_free);
  g_free (self->sex);
  g_free (self->ethnicity);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->legal_status_unknown, json_object_unref);
  G_OBJECT_CLASS (scr_person_parent_class)->finalize (object);
}

static void
scr_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScrPerson *self = SCR_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;
    case PROP_RELATIONSHIP:
      g_value_set_string (value, self->relationship);
      break;
    case PROP_DATE_OF_BIRTH:
      g_value_set_boxed (value, self->date_of_birth);
      break;
    case PROP_AGE:
      g_value_set_int (value, self->age);
      break;
    case PROP_SEX:
      g_value_set_string (value, self->sex);
      break;
    case PROP_ETHNICITY:
      g_value_set_string (value, self->ethnicity);
      break;
    case PROP_DISABILITY:
    case PROP_LOOKED_AFTER:
    case PROP_CHILD_PROTECTION_PLAN:
    case PROP_CHILD_IN_NEED:
    case PROP_CUSTODY_SETTING:
    case PROP_MHA_DETAINED:
    case PROP_DOL_ORDER:
      g_value_set_enum (value, self->tristate[TRI (prop_id)]);
      break;
    case PROP_CARE_LEAVER_AGE:
      g_value_set_int (value, self->care_leaver_age);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_tristate (ScrPerson   *self,
              guint        prop_id,
              ScrTristate  value)
{
  scr_model_set_enum (G_OBJECT (self), (int *) &self->tristate[TRI (prop_id)], value,
                      properties[prop_id]);
}

static void
scr_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScrPerson *self = SCR_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_PSEUDONYM:
      scr_person_set_pseudonym (self, g_value_get_string (value));
      break;
    case PROP_RELATIONSHIP:
      scr_person_set_relationship (self, g_value_get_string (value));
      break;
    case PROP_DATE_OF_BIRTH:
      scr_person_set_date_of_birth (self, g_value_get_boxed (value));
      break;
    case PROP_AGE:
      scr_person_set_age (self, g_value_get_int (value));
      break;
    case PROP_SEX:
      scr_person_set_sex (self, g_value_get_string (value));
      break;
    case PROP_ETHNICITY:
      scr_person_set_ethnicity (self, g_value_get_string (value));
      break;
    case PROP_DISABILITY:
    case PROP_LOOKED_AFTER:
    case PROP_CHILD_PROTECTION_PLAN:
    case PROP_CHILD_IN_NEED:
    case PROP_CUSTODY_SETTING:
    case PROP_MHA_DETAINED:
    case PROP_DOL_ORDER:
      set_tristate (self, prop_id, g_value_get_enum (value));
      break;
    case PROP_CARE_LEAVER_AGE:
      scr_person_set_care_leaver_age (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
scr_person_class_init (ScrPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_person_finalize;
  object_class->get_property = scr_person_get_property;
  object_class->set_property = scr_person_set_property;

  /**
   * ScrPerson:id:
   *
   * The identifier of the person within the case, or %NULL. Set once,
   * when the person is made.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrPerson:pseudonym:
   *
   * The name the review gives the person, such as "Child L".
   */
  properties[PROP_PSEUDONYM] = g_param_spec_string ("pseudonym", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrPerson:relationship:
   *
   * The relationship to the subject child: "subject" for the child
   * themself, or "Mother", "Father 2", "Sibling"...
   */
  properties[PROP_RELATIONSHIP] = g_param_spec_string ("relationship", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrPerson:date-of-birth:
   *
   * The date of birth, possibly partial (a year or a month), or %NULL.
   */
  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_boxed ("date-of-birth", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrPerson:age:
   *
   * The age in years at the time of the incident, or -1 when unknown.
   */
  properties[PROP_AGE] =
    g_param_spec_int ("age", NULL, NULL, -1, SCR_PERSON_MAX_AGE, -1, RW_FLAGS);
  /**
   * ScrPerson:sex:
   *
   * The sex as the review records it ("male", "female"), or %NULL.
   */
  properties[PROP_SEX] = g_param_spec_string ("sex", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrPerson:ethnicity:
   *
   * The ethnicity as the review records it, or %NULL.
   */
  properties[PROP_ETHNICITY] = g_param_spec_string ("ethnicity", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrPerson:disability:
   *
   * Whether the person has a disability.
   */
  properties[PROP_DISABILITY] =
    g_param_spec_enum ("disability", NULL, NULL, SCR_TYPE_TRISTATE, SCR_TRISTATE_UNKNOWN, RW_FLAGS);
  /**
   * ScrPerson:looked-after:
   *
   * Whether the child was looked after by a local authority.
   */
  properties[PROP_LOOKED_AFTER] =
    g_param_spec_enum ("looked-after", NULL, NULL, SCR_TYPE_TRISTATE, SCR_TRISTATE_UNKNOWN, RW_FLAGS);
  /**
   * ScrPerson:child-protection-plan:
   *
   * Whether the child was subject to a child protection plan.
   */
  properties[PROP_CHILD_PROTECTION_PLAN] =
    g_param_spec_enum ("child-protection-plan", NULL, NULL, SCR_TYPE_TRISTATE,
                       SCR_TRISTATE_UNKNOWN, RW_FLAGS);
  /**
   * ScrPerson:child-in-need:
   *
   * Whether the child was a child in need (section 17 Children Act 1989).
   */
  properties[PROP_CHILD_IN_NEED] =
    g_param_spec_enum ("child-in-need", NULL, NULL, SCR_TYPE_TRISTATE, SCR_TRISTATE_UNKNOWN,
                       RW_FLAGS);
  /**
   * ScrPerson:custody-setting:
   *
   * Whether the child was in custody or a secure setting (police custody,
   * remand, a young offender institution, a secure training centre or a
   * secure children's home).
   */
  properties[PROP_CUSTODY_SETTING] =
    g_param_spec_enum ("custody-setting", NULL, NULL, SCR_TYPE_TRISTATE, SCR_TRISTATE_UNKNOWN,
                       RW_FLAGS);
  /**
   * ScrPerson:mha-detained:
   *
   * Whether the child was detained under the Mental Health Act 1983.
   */
  properties[PROP_MHA_DETAINED] =
    g_param_spec_enum ("mha-detained", NULL, NULL, SCR_TYPE_TRISTATE, SCR_TRISTATE_UNKNOWN,
                       RW_FLAGS);
  /**
   * ScrPerson:dol-order:
   *
   * Whether the child (aged 16 or 17) was subject to a deprivation of
   * liberty order.
   */
  properties[PROP_DOL_ORDER] =
    g_param_spec_enum ("dol-order", NULL, NULL, SCR_TYPE_TRISTATE, SCR_TRISTATE_UNKNOWN, RW_FLAGS);
  /**
   * ScrPerson:care-leaver-age:
   *
   * For a care leaver, their age in years; -1 when the person is not a
   * care leaver or it is not known.
   */
  properties[PROP_CARE_LEAVER_AGE] =
    g_param_spec_int ("care-leaver-age", NULL, NULL, -1, SCR_PERSON_MAX_CARE_LEAVER_AGE, -1,
                      RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_person_init (ScrPerson *self)
{
  self->age = -1;
  self->care_leaver_age = -1;
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

static gboolean
read_tristate (JsonObject   *object,
               const char   *path,
               const char   *member,
               ScrTristate  *out,
               GError      **error)
{
  int value = SCR_TRISTATE_UNKNOWN;

  if (!scr_json_read_enum (object, path, member, FALSE, SCR_TYPE_TRISTATE, &value, error))
    return FALSE;
  *out = value;
  return TRUE;
}

static gboolean
read_age (JsonObject  *object,
          const char  *path,
          const char  *member,
          gint64       max,
          int         *out,
          GError     **error)
{
  gint64 value = -1;

  if (!scr_json_read_int (object, path, member, FALSE, 0, max, &value, NULL, error))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

ScrPerson *
scr_person_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(ScrPerson) self = NULL;
  g_autofree char *id = NULL;
  g_autofree char *legal_path = NULL;
  JsonObject *legal = NULL;

  if (!scr_json_read_string (object, path, "id", FALSE, &id, error))
    return NULL;
  self = scr_person_new (id);
  if (!scr_json_read_string (object, path, "pseudonym", FALSE, &self->pseudonym, error) ||
      !scr_json_read_string (object, path, "relationship", FALSE, &self->relationship, error) ||
      !scr_json_read_date (object, path, "date_of_birth", FALSE, &self->date_of_birth, error) ||
      !read_age (object, path, "age", SCR_PERSON_MAX_AGE, &self->age, error) ||
      !scr_json_read_string (object, path, "sex", FALSE, &self->sex, error) ||
      !scr_json_read_string (object, path, "ethnicity", FALSE, &self->ethnicity, error) ||
      !read_tristate (object, path, "disability", &self->tristate[TRI (PROP_DISABILITY)], error) ||
      !scr_json_read_object (object, path, "legal_status", FALSE, &legal, error))
    return NULL;
  if (legal != NULL)
    {
      legal_path = scr_json_path_member (path, "legal_status");
      for (guint i = 0; i < G_N_ELEMENTS (legal_tristates); i++)
        if (!read_tristate (legal, legal_path, legal_tristates[i].member,
                            &self->tristate[TRI (legal_tristates[i].prop)], error))
          return NULL;
      if (!read_age (legal, legal_path, "care_leaver_age", SCR_PERSON_MAX_CARE_LEAVER_AGE,
                     &self->care_leaver_age, error))
        return NULL;
      self->legal_status_unknown = scr_json_collect_unknown (legal, legal_status_members);
    }
  self->unknown = scr_json_collect_unknown (object, known_members);
  return g_steal_pointer (&self);
}

static void
write_age (JsonBuilder *builder,
           const char  *member,
           int          age)
{
  if (age >= 0)
    scr_json_write_int (builder, member, age);
  else
    scr_json_write_string (builder, member, NULL);
}

static void
write_tristate (JsonBuilder *builder,
                const char  *member,
                ScrTristate  value)
{
  scr_json_write_enum (builder, member, SCR_TYPE_TRISTATE, value);
}

void
scr_person_save_json (ScrPerson   *self,
                      JsonBuilder *builder)
{
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", self->id);
  scr_json_write_string (builder, "pseudonym", self->pseudonym);
  scr_json_write_string (builder, "relationship", self->relationship);
  scr_json_write_date (builder, "date_of_birth", self->date_of_birth);
  write_age (builder, "age", self->age);
  scr_json_write_string (builder, "sex", self->sex);
  scr_json_write_string (builder, "ethnicity", self->ethnicity);
  write_tristate (builder, "disability", self->tristate[TRI (PROP_DISABILITY)]);
  json_builder_set_member_name (builder, "legal_status");
  json_builder_begin_object (builder);
  write_tristate (builder, "looked_after", self->tristate[TRI (PROP_LOOKED_AFTER)]);
  write_tristate (builder, "child_protection_plan", self->tristate[TRI (PROP_CHILD_PROTECTION_PLAN)]);
  write_tristate (builder, "child_in_need", self->tristate[TRI (PROP_CHILD_IN_NEED)]);
  write_age (builder, "care_leaver_age", self->care_leaver_age);
  write_tristate (builder, "custody_setting", self->tristate[TRI (PROP_CUSTODY_SETTING)]);
  write_tristate (builder, "mha_detained", self->tristate[TRI (PROP_MHA_DETAINED)]);
  write_tristate (builder, "dol_order", self->tristate[TRI (PROP_DOL_ORDER)]);
  scr_json_write_unknown (builder, self->legal_status_unknown);
  json_builder_end_object (builder);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
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
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = scr_model_node_get_object (node, error);
  return object != NULL ? scr_person_load_json (object, NULL, error) : NULL;
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

  return scr_model_to_json (self, (ScrModelSaveFunc) scr_person_save_json);
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

/* Accessors of the int and tristate properties; their
 * documentation follows. */
#define TRISTATE_ACCESSORS(name, PROP)                                        \
  ScrTristate                                                                 \
  scr_person_get_##name (ScrPerson *self)                                     \
  {                                                                           \
    g_return_val_if_fail (SCR_IS_PERSON (self), SCR_TRISTATE_UNKNOWN);        \
    return self->tristate[TRI (PROP)];                                        \
  }                                                                           \
  void                                                                        \
  scr_person_set_##name (ScrPerson   *self,                                   \
                         ScrTristate  value)                                  \
  {                                                                           \
    g_return_if_fail (SCR_IS_PERSON (self));                                  \
    set_tristate (self, PROP, value);                                         \
  }

#define AGE_ACCESSORS(name, PROP, MAX)                                        \
  int                                                                         \
  scr_person_get_##name (ScrPerson *self)                                     \
  {                                                                           \
    g_return_val_if_fail (SCR_IS_PERSON (self), -1);                          \
    return self->name;                                                        \
  }                                                                           \
  void                                                                        \
  scr_person_set_##name (ScrPerson *self,                                     \
                         int        value)                                    \
  {                                                                           \
    g_return_if_fail (SCR_IS_PERSON (self));                                  \
    g_return_if_fail (value >= -1 && value <= (MAX));                         \
    scr_model_set_int (G_OBJECT (self), &self->name, value, properties[PROP]); \
  }

/**
 * scr_person_get_pseudonym:
 * @self: a person
 *
 * Gets the pseudonym of the person.
 *
 * Returns: (nullable): the pseudonym, such as "Child L"
 */
/**
 * scr_person_set_pseudonym:
 * @self: a person
 * @pseudonym: (nullable): the pseudonym
 *
 * Sets the pseudonym of the person.
 */
SCR_MODEL_DEFINE_STRING (ScrPerson, scr_person, SCR_IS_PERSON, pseudonym, PROP_PSEUDONYM)

/**
 * scr_person_get_relationship:
 * @self: a person
 *
 * Gets the relationship of the person to the subject child.
 *
 * Returns: (nullable): "subject", "Mother", "Sibling"...
 */
/**
 * scr_person_set_relationship:
 * @self: a person
 * @relationship: (nullable): the relationship to the subject child
 *
 * Sets the relationship of the person to the subject child.
 */
SCR_MODEL_DEFINE_STRING (ScrPerson, scr_person, SCR_IS_PERSON, relationship, PROP_RELATIONSHIP)

/**
 * scr_person_get_sex:
 * @self: a person
 *
 * Gets the sex of the person as the review records it.
 *
 * Returns: (nullable): the sex
 */
/**
 * scr_person_set_sex:
 * @self: a person
 * @sex: (nullable): the sex
 *
 * Sets the sex of the person.
 */
SCR_MODEL_DEFINE_STRING (ScrPerson, scr_person, SCR_IS_PERSON, sex, PROP_SEX)

/**
 * scr_person_get_ethnicity:
 * @self: a person
 *
 * Gets the ethnicity of the person as the review records it.
 *
 * Returns: (nullable): the ethnicity
 */
/**
 * scr_person_set_ethnicity:
 * @self: a person
 * @ethnicity: (nullable): the ethnicity
 *
 * Sets the ethnicity of the person.
 */
SCR_MODEL_DEFINE_STRING (ScrPerson, scr_person, SCR_IS_PERSON, ethnicity, PROP_ETHNICITY)

/**
 * scr_person_get_age:
 * @self: a person
 *
 * Gets the age of the person in years.
 *
 * Returns: the age, or -1 when unknown
 */
/**
 * scr_person_set_age:
 * @self: a person
 * @age: the age in years (0 to 150), or -1 when unknown
 *
 * Sets the age of the person.
 */
AGE_ACCESSORS (age, PROP_AGE, SCR_PERSON_MAX_AGE)

/**
 * scr_person_get_care_leaver_age:
 * @self: a person
 *
 * Gets the age of a care leaver.
 *
 * Returns: the age in years, or -1 when the person is not a care leaver
 */
/**
 * scr_person_set_care_leaver_age:
 * @self: a person
 * @care_leaver_age: the age in years (0 to 30), or -1 when not a care leaver
 *
 * Sets the age of a care leaver.
 */
AGE_ACCESSORS (care_leaver_age, PROP_CARE_LEAVER_AGE, SCR_PERSON_MAX_CARE_LEAVER_AGE)

/**
 * scr_person_get_disability:
 * @self: a person
 *
 * Gets whether the person has a disability.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_disability:
 * @self: a person
 * @disability: the answer
 *
 * Sets whether the person has a disability.
 */
TRISTATE_ACCESSORS (disability, PROP_DISABILITY)

/**
 * scr_person_get_looked_after:
 * @self: a person
 *
 * Gets whether the child was looked after.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_looked_after:
 * @self: a person
 * @looked_after: the answer
 *
 * Sets whether the child was looked after.
 */
TRISTATE_ACCESSORS (looked_after, PROP_LOOKED_AFTER)

/**
 * scr_person_get_child_protection_plan:
 * @self: a person
 *
 * Gets whether the child was subject to a child protection plan.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_child_protection_plan:
 * @self: a person
 * @child_protection_plan: the answer
 *
 * Sets whether the child was subject to a child protection plan.
 */
TRISTATE_ACCESSORS (child_protection_plan, PROP_CHILD_PROTECTION_PLAN)

/**
 * scr_person_get_child_in_need:
 * @self: a person
 *
 * Gets whether the child was a child in need.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_child_in_need:
 * @self: a person
 * @child_in_need: the answer
 *
 * Sets whether the child was a child in need.
 */
TRISTATE_ACCESSORS (child_in_need, PROP_CHILD_IN_NEED)

/**
 * scr_person_get_custody_setting:
 * @self: a person
 *
 * Gets whether the child was in custody or a secure setting.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_custody_setting:
 * @self: a person
 * @custody_setting: the answer
 *
 * Sets whether the child was in custody or a secure setting.
 */
TRISTATE_ACCESSORS (custody_setting, PROP_CUSTODY_SETTING)

/**
 * scr_person_get_mha_detained:
 * @self: a person
 *
 * Gets whether the child was detained under the Mental Health Act 1983.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_mha_detained:
 * @self: a person
 * @mha_detained: the answer
 *
 * Sets whether the child was detained under the Mental Health Act 1983.
 */
TRISTATE_ACCESSORS (mha_detained, PROP_MHA_DETAINED)

/**
 * scr_person_get_dol_order:
 * @self: a person
 *
 * Gets whether the child was subject to a deprivation of liberty order.
 *
 * Returns: the answer
 */
/**
 * scr_person_set_dol_order:
 * @self: a person
 * @dol_order: the answer
 *
 * Sets whether the child was subject to a deprivation of liberty order.
 */
TRISTATE_ACCESSORS (dol_order, PROP_DOL_ORDER)

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

  scr_model_set_date (G_OBJECT (self), &self->date_of_birth, date_of_birth,
                      properties[PROP_DATE_OF_BIRTH]);
}
