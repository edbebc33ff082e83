"""Parameters nobody defined: refused by name, so a typo never widens an answer.

``?persn=sergei-ivanov`` would otherwise be ignored and answer with every event. The
API and the exports refuse it with 400 and the API's error shape.
"""


def unknown_parameter_errors(query, known):
    """``{name: [message]}`` for each parameter of ``query`` not in ``known``."""
    listed = ", ".join(sorted(known))
    return {
        name[:80]: [f"Unknown parameter. Known parameters: {listed}."]
        for name in query
        if name not in known
    }
