/* scr-restricted-details.c: the real details behind a person's pseudonym.
 *
 * These are the details a published review must never contain. They are
 * kept apart from the person's other fields so that one rule covers them
 * all: a restricted member is written only when the caller asks for it
 * (SCR_SAVE_FLAGS_INCLUDE_RESTRICTED), never by to_json(), and never
 * quoted in an error message.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-restricted-details-private.h"
#include "scr-fields-private.h"
#include "scr-json-private.h"
#include "scr-model-private.h"

/**
 * ScrRestrictedDetails:
 *
 * The real details of a person in a case that a published report must not
 * give: real names and aliases, the exact date of birth, addresses and
 * postcodes, schools and other settings, case numbers and NHS numbers.
 *
 * They are held by [property@Scr.Person:restricted] so that a
 * [class@Scr.PublicationCheck] can find them in a report. They are read
 * from a dataset's `restricted` members like any other, but written only
 * when asked for: [method@Scr.Dataset.save_to_file_full] with
 * %SCR_SAVE_FLAGS_INCLUDE_RESTRICTED. [method@Scr.Dataset.save_to_file],
 * [method@Scr.Person.to_json], the CSV writer and the command-line tool's
 * outputs leave them out, and no error message quotes them.
 *
 * ## Threads
 *
 * A plain mutable object, as [class@Scr.Person].
 */
struct _ScrRestrictedDetails
{
  GObject parent_instance;

  char **names;
  ScrDate *date_of_birth;
  char **addresses;
  char **postcodes;
  char **schools;
  char **case_numbers;
  char **nhs_numbers;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrRestrictedDetails, scr_restricted_details, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAMES,
  PROP_DATE_OF_BIRTH,
  PROP_ADDRESSES,
  PROP_POSTCODES,
  PROP_SCHOOLS,
  PROP_CASE_NUMBERS,
  PROP_NHS_NUMBERS,
};

#define STRV(name, prop, field) SCR_FIELD_STRV (name, prop, ScrRestrictedDetails, field)

static const ScrField restricted_fields[] = {
  [PROP_NAMES - 1] = STRV ("names", "names", names),
  [PROP_DATE_OF_BIRTH - 1] = SCR_FIELD_DATE ("date_of_birth", "date-of-birth",
                                             ScrRestrictedDetails, date_of_birth),
  [PROP_ADDRESSES - 1] = STRV ("addresses", "addresses", addresses),
  [PROP_POSTCODES - 1] = STRV ("postcodes", "postcodes", postcodes),
  [PROP_SCHOOLS - 1] = STRV ("schools", "schools", schools),
  [PROP_CASE_NUMBERS - 1] = STRV ("case_numbers", "case-numbers", case_numbers),
  [PROP_NHS_NUMBERS - 1] = STRV ("nhs_numbers", "nhs-numbers", nhs_numbers),
};

#undef STRV

static ScrFieldSet restricted_set = SCR_FIELD_SET (restricted_fields, ScrRestrictedDetails,
                                                   unknown, NULL);

static void
scr_restricted_details_class_init (ScrRestrictedDetailsClass *klass)
{
  /**
   * ScrRestrictedDetails:names:
   *
   * The person's real names: the legal name first ("Elizabeth Anne
   * Hargreaves"), then aliases and former names.
   */
  /**
   * ScrRestrictedDetails:date-of-birth:
   *
   * The exact date of birth, or %NULL.
   */
  /**
   * ScrRestrictedDetails:addresses:
   *
   * Street addresses the person lived at ("14 Brookside Close, Kendal").
   */
  /**
   * ScrRestrictedDetails:postcodes:
   *
   * Postcodes of those addresses ("LA9 4QT").
   */
  /**
   * ScrRestrictedDetails:schools:
   *
   * Schools, nurseries and other settings the person attended.
   */
  /**
   * ScrRestrictedDetails:case-numbers:
   *
   * Case and record numbers of agencies' systems.
   */
  /**
   * ScrRestrictedDetails:nhs-numbers:
   *
   * NHS numbers, as written ("943 476 5919").
   */
  scr_field_set_install (&restricted_set, G_OBJECT_CLASS (klass));
}

static void
scr_restricted_details_init (ScrRestrictedDetails *self)
{
  scr_field_set_init_instance (&restricted_set, G_OBJECT (self));
}

/**
 * scr_restricted_details_new:
 *
 * Creates an empty set of restricted details.
 *
 * Returns: (transfer full): new restricted details
 */
ScrRestrictedDetails *
scr_restricted_details_new (void)
{
  return g_object_new (SCR_TYPE_RESTRICTED_DETAILS, NULL);
}

/* What the member at @path should have been, without its value: the
 * generic readers quote the value they refuse, which here would put a
 * real name or date of birth into a log. */
static gboolean
check_member (JsonObject  *object,
              const char  *path,
              const char  *member,
              gboolean     is_date,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *where = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (is_date)
    {
      g_autoptr(ScrDate) date = NULL;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          (date = scr_date_new_from_iso8601 (json_node_get_string (node), NULL)) != NULL)
        return TRUE;
      where = scr_json_path_member (path, member);
      g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                   "%s: expected a date as YYYY, YYYY-MM or YYYY-MM-DD "
                   "(the value is restricted and not shown)", where);
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
            {
              g_autofree char *at = scr_json_path_member (path, member);

              where = scr_json_path_index (at, i);
              g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                           "%s: expected a string (the value is restricted and not shown)",
                           where);
              return FALSE;
            }
        }
      return TRUE;
    }
  where = scr_json_path_member (path, member);
  g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
               "%s: expected an array of strings (the value is restricted and not shown)",
               where);
  return FALSE;
}

ScrRestrictedDetails *
scr_restricted_details_load_json (JsonObject  *object,
                                  const char  *path,
                                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  ScrRestrictedDetails *details;

  for (guint i = 0; i < G_N_ELEMENTS (restricted_fields); i++)
    if (!check_member (object, path, restricted_fields[i].member,
                       restricted_fields[i].kind == SCR_FIELD_DATE, error))
      return NULL;
  details = scr_field_set_load (&restricted_set, SCR_TYPE_RESTRICTED_DETAILS, object, path,
                                &local_error);
  if (details == NULL)
    {
      /* Every member was checked above; whatever the generic reader still
       * refuses is reported without its words. */
      g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                   "%s: restricted details are not valid (the value is not shown)",
                   path != NULL ? path : "$");
    }
  return details;
}

void
scr_restricted_details_save_json (ScrRestrictedDetails *self,
                                  JsonBuilder          *builder)
{
  scr_field_set_save (&restricted_set, G_OBJECT (self), builder);
}

/**
 * scr_restricted_details_get_names:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:names].
 *
 * Returns: (transfer none) (array zero-terminated=1): the real names, legal name first; empty when none
 */
const char * const *
scr_restricted_details_get_names (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return (const char * const *) self->names;
}

/**
 * scr_restricted_details_set_names:
 * @self: restricted details
 * @names: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.RestrictedDetails:names].
 */
void
scr_restricted_details_set_names (ScrRestrictedDetails *self,
                                 const char * const   *names)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_strv (&restricted_set, G_OBJECT (self), PROP_NAMES, names);
}

/**
 * scr_restricted_details_get_date_of_birth:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:date-of-birth].
 *
 * Returns: (transfer none) (nullable): the exact date of birth
 */
const ScrDate *
scr_restricted_details_get_date_of_birth (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return self->date_of_birth;
}

/**
 * scr_restricted_details_set_date_of_birth:
 * @self: restricted details
 * @date_of_birth: (nullable): the date of birth
 *
 * Sets [property@Scr.RestrictedDetails:date-of-birth].
 */
void
scr_restricted_details_set_date_of_birth (ScrRestrictedDetails *self,
                                          const ScrDate        *date_of_birth)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_date (&restricted_set, G_OBJECT (self), PROP_DATE_OF_BIRTH, date_of_birth);
}

/**
 * scr_restricted_details_get_addresses:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:addresses].
 *
 * Returns: (transfer none) (array zero-terminated=1): street addresses; empty when none
 */
const char * const *
scr_restricted_details_get_addresses (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return (const char * const *) self->addresses;
}

/**
 * scr_restricted_details_set_addresses:
 * @self: restricted details
 * @addresses: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.RestrictedDetails:addresses].
 */
void
scr_restricted_details_set_addresses (ScrRestrictedDetails *self,
                                     const char * const   *addresses)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_strv (&restricted_set, G_OBJECT (self), PROP_ADDRESSES, addresses);
}

/**
 * scr_restricted_details_get_postcodes:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:postcodes].
 *
 * Returns: (transfer none) (array zero-terminated=1): postcodes; empty when none
 */
const char * const *
scr_restricted_details_get_postcodes (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return (const char * const *) self->postcodes;
}

/**
 * scr_restricted_details_set_postcodes:
 * @self: restricted details
 * @postcodes: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.RestrictedDetails:postcodes].
 */
void
scr_restricted_details_set_postcodes (ScrRestrictedDetails *self,
                                     const char * const   *postcodes)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_strv (&restricted_set, G_OBJECT (self), PROP_POSTCODES, postcodes);
}

/**
 * scr_restricted_details_get_schools:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:schools].
 *
 * Returns: (transfer none) (array zero-terminated=1): schools and other settings; empty when none
 */
const char * const *
scr_restricted_details_get_schools (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return (const char * const *) self->schools;
}

/**
 * scr_restricted_details_set_schools:
 * @self: restricted details
 * @schools: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.RestrictedDetails:schools].
 */
void
scr_restricted_details_set_schools (ScrRestrictedDetails *self,
                                   const char * const   *schools)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_strv (&restricted_set, G_OBJECT (self), PROP_SCHOOLS, schools);
}

/**
 * scr_restricted_details_get_case_numbers:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:case-numbers].
 *
 * Returns: (transfer none) (array zero-terminated=1): case and record numbers; empty when none
 */
const char * const *
scr_restricted_details_get_case_numbers (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return (const char * const *) self->case_numbers;
}

/**
 * scr_restricted_details_set_case_numbers:
 * @self: restricted details
 * @case_numbers: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.RestrictedDetails:case-numbers].
 */
void
scr_restricted_details_set_case_numbers (ScrRestrictedDetails *self,
                                        const char * const   *case_numbers)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_strv (&restricted_set, G_OBJECT (self), PROP_CASE_NUMBERS, case_numbers);
}

/**
 * scr_restricted_details_get_nhs_numbers:
 * @self: restricted details
 *
 * Gets [property@Scr.RestrictedDetails:nhs-numbers].
 *
 * Returns: (transfer none) (array zero-terminated=1): NHS numbers; empty when none
 */
const char * const *
scr_restricted_details_get_nhs_numbers (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), NULL);
  return (const char * const *) self->nhs_numbers;
}

/**
 * scr_restricted_details_set_nhs_numbers:
 * @self: restricted details
 * @nhs_numbers: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.RestrictedDetails:nhs-numbers].
 */
void
scr_restricted_details_set_nhs_numbers (ScrRestrictedDetails *self,
                                       const char * const   *nhs_numbers)
{
  g_return_if_fail (SCR_IS_RESTRICTED_DETAILS (self));
  scr_field_set_strv (&restricted_set, G_OBJECT (self), PROP_NHS_NUMBERS, nhs_numbers);
}

/**
 * scr_restricted_details_is_empty:
 * @self: restricted details
 *
 * Whether no restricted detail is recorded (unknown members aside).
 *
 * Returns: %TRUE when every list is empty and there is no date of birth
 */
gboolean
scr_restricted_details_is_empty (ScrRestrictedDetails *self)
{
  g_return_val_if_fail (SCR_IS_RESTRICTED_DETAILS (self), TRUE);
  return self->names[0] == NULL && self->date_of_birth == NULL &&
         self->addresses[0] == NULL && self->postcodes[0] == NULL &&
         self->schools[0] == NULL && self->case_numbers[0] == NULL &&
         self->nhs_numbers[0] == NULL;
}
