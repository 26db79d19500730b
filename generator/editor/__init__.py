"""`raadsstukken bewerk`: a local editor for griffie staff, forms instead of YAML.

It writes the same data files CI builds, so nothing forks: the form is made from the soort's model
(forms.py), checked with the messages of `check` (actions.py), saved by a writer that keeps the
author's comments and never re-types a value (writer.py), and previewed as page images of the
real build. security.py keeps it to the person at this computer; docs/security.md explains.
"""
