"""Parameters nobody defined: named, so a typo never silently widens an answer.

``?persn=sergei-ivanov`` would otherwise be ignored and answer with every event. The
timeline names such parameters in a notice; the API and the exports refuse them with
400 and the API's error shape.
"""


def unknown_parameters(query, known):
    """The names in ``query`` that are not in ``known``, sorted."""
    return sorted(set(query) - set(known))


def unknown_parameter_errors(query, known):
    """``{name: [message]}`` for each parameter of ``query`` not in ``known``."""
    listed = ", ".join(sorted(known))
    return {
        name[:80]: [f"Unknown parameter. Known parameters: {listed}."]
        for name in unknown_parameters(query, known)
    }
