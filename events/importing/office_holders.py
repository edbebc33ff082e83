"""Who held the offices English news copy names people by: "President Clinton", "Mr
Lavrov", "Secretary Rice". An article that gives only a surname (and a title) still names
one person: the one holder of an office the title names, or the one in office when the
article was published, whose full name the importer then matches or proposes; a surname
that several holders share then ("President Bush" in 1997, "Mr Ivanov" in 2002) names
none of them.

The offices are those of the people NATO–Russia news quotes most: the heads of state and
government, foreign and defence ministers of the United States and Russia, NATO's
Secretaries General, and the leaders of the allies and neighbours most in the news, from
the end of the Cold War. Terms are from the public lists of each office's holders (an
acting term counts from its first day); an office still held has no end.
"""

from dataclasses import dataclass
from datetime import date
from functools import cache

from .names import fold_word, surname_keys


@dataclass(frozen=True)
class Holder:
    name: str
    office: str  # the title that names the office, as ``entities._fits`` reads titles
    start: date
    end: date | None  # None while still in office
    spellings: tuple = ()  # the surname as other copy transliterates it: "Schroeder"

    def in_office(self, day):
        return self.start <= day and (self.end is None or day < self.end)


_OFFICES = {
    "President of the United States": [
        ("Ronald Reagan", "1981-01-20", "1989-01-20"),
        ("George H. W. Bush", "1989-01-20", "1993-01-20"),
        ("Bill Clinton", "1993-01-20", "2001-01-20"),
        ("George W. Bush", "2001-01-20", "2009-01-20"),
        ("Barack Obama", "2009-01-20", "2017-01-20"),
        ("Donald Trump", "2017-01-20", "2021-01-20"),
        ("Joe Biden", "2021-01-20", "2025-01-20"),
        ("Donald Trump", "2025-01-20", None),
    ],
    "Vice President of the United States": [
        ("Dan Quayle", "1989-01-20", "1993-01-20"),
        ("Al Gore", "1993-01-20", "2001-01-20"),
        ("Dick Cheney", "2001-01-20", "2009-01-20"),
        ("Joe Biden", "2009-01-20", "2017-01-20"),
        ("Mike Pence", "2017-01-20", "2021-01-20"),
        ("Kamala Harris", "2021-01-20", "2025-01-20"),
        ("JD Vance", "2025-01-20", None),
    ],
    "U.S. Secretary of State": [
        ("James Baker", "1989-01-25", "1992-08-23"),
        ("Lawrence Eagleburger", "1992-08-23", "1993-01-20"),
        ("Warren Christopher", "1993-01-20", "1997-01-17"),
        ("Madeleine Albright", "1997-01-23", "2001-01-20"),
        ("Colin Powell", "2001-01-20", "2005-01-26"),
        ("Condoleezza Rice", "2005-01-26", "2009-01-20"),
        ("Hillary Clinton", "2009-01-21", "2013-02-01"),
        ("John Kerry", "2013-02-01", "2017-01-20"),
        ("Rex Tillerson", "2017-02-01", "2018-03-31"),
        ("Mike Pompeo", "2018-04-26", "2021-01-20"),
        ("Antony Blinken", "2021-01-26", "2025-01-20"),
        ("Marco Rubio", "2025-01-21", None),
    ],
    "U.S. Defense Secretary": [
        ("Dick Cheney", "1989-03-21", "1993-01-20"),
        ("Les Aspin", "1993-01-20", "1994-02-03"),
        ("William Perry", "1994-02-03", "1997-01-24"),
        ("William Cohen", "1997-01-24", "2001-01-20"),
        ("Donald Rumsfeld", "2001-01-20", "2006-12-18"),
        ("Robert Gates", "2006-12-18", "2011-07-01"),
        ("Leon Panetta", "2011-07-01", "2013-02-27"),
        ("Chuck Hagel", "2013-02-27", "2015-02-17"),
        ("Ash Carter", "2015-02-17", "2017-01-20"),
        ("Jim Mattis", "2017-01-20", "2019-01-01"),
        ("Mark Esper", "2019-07-23", "2020-11-09"),
        ("Lloyd Austin", "2021-01-22", "2025-01-20"),
        ("Pete Hegseth", "2025-01-25", None),
    ],
    "Soviet President": [
        ("Mikhail Gorbachev", "1990-03-15", "1991-12-25", "Gorbachov"),
    ],
    "Russian President": [
        ("Boris Yeltsin", "1991-07-10", "1999-12-31"),
        ("Vladimir Putin", "1999-12-31", "2008-05-07"),
        ("Dmitry Medvedev", "2008-05-07", "2012-05-07"),
        ("Vladimir Putin", "2012-05-07", None),
    ],
    "Russian Prime Minister": [
        ("Viktor Chernomyrdin", "1992-12-14", "1998-03-23"),
        ("Sergei Kiriyenko", "1998-03-23", "1998-08-23", "Kirienko"),
        ("Yevgeny Primakov", "1998-09-11", "1999-05-12"),
        ("Sergei Stepashin", "1999-05-12", "1999-08-09"),
        ("Vladimir Putin", "1999-08-09", "2000-05-07"),
        ("Mikhail Kasyanov", "2000-05-07", "2004-02-24"),
        ("Mikhail Fradkov", "2004-03-05", "2007-09-12"),
        ("Viktor Zubkov", "2007-09-14", "2008-05-08"),
        ("Vladimir Putin", "2008-05-08", "2012-05-07"),
        ("Dmitry Medvedev", "2012-05-08", "2020-01-15"),
        ("Mikhail Mishustin", "2020-01-16", None),
    ],
    "Russian Foreign Minister": [
        ("Andrei Kozyrev", "1990-10-11", "1996-01-05"),
        ("Yevgeny Primakov", "1996-01-09", "1998-09-11"),
        ("Igor Ivanov", "1998-09-11", "2004-03-09"),
        ("Sergei Lavrov", "2004-03-09", None),
    ],
    "Russian Defence Minister": [
        ("Pavel Grachev", "1992-05-18", "1996-06-18", "Grachyov"),
        ("Igor Rodionov", "1996-07-17", "1997-05-22"),
        ("Igor Sergeyev", "1997-05-22", "2001-03-28", "Sergeev"),
        ("Sergei Ivanov", "2001-03-28", "2007-02-15"),
        ("Anatoly Serdyukov", "2007-02-15", "2012-11-06"),
        ("Sergei Shoigu", "2012-11-06", "2024-05-12", "Shoygu"),
        ("Andrei Belousov", "2024-05-14", None),
    ],
    "NATO Secretary General": [
        ("Manfred Wörner", "1988-07-01", "1994-08-13", "Woerner"),
        ("Willy Claes", "1994-10-17", "1995-10-20"),
        ("Javier Solana", "1995-12-05", "1999-10-06"),
        ("George Robertson", "1999-10-14", "2003-12-17"),
        ("Jaap de Hoop Scheffer", "2004-01-01", "2009-08-01"),
        ("Anders Fogh Rasmussen", "2009-08-01", "2014-10-01"),
        ("Jens Stoltenberg", "2014-10-01", "2024-10-01"),
        ("Mark Rutte", "2024-10-01", None),
    ],
    "British Prime Minister": [
        ("John Major", "1990-11-28", "1997-05-02"),
        ("Tony Blair", "1997-05-02", "2007-06-27"),
        ("Gordon Brown", "2007-06-27", "2010-05-11"),
        ("David Cameron", "2010-05-11", "2016-07-13"),
        ("Theresa May", "2016-07-13", "2019-07-24"),
        ("Boris Johnson", "2019-07-24", "2022-09-06"),
        ("Liz Truss", "2022-09-06", "2022-10-25"),
        ("Rishi Sunak", "2022-10-25", "2024-07-05"),
        ("Keir Starmer", "2024-07-05", None),
    ],
    "German Chancellor": [
        ("Helmut Kohl", "1982-10-01", "1998-10-27"),
        ("Gerhard Schröder", "1998-10-27", "2005-11-22", "Schroeder"),
        ("Angela Merkel", "2005-11-22", "2021-12-08"),
        ("Olaf Scholz", "2021-12-08", "2025-05-06"),
        ("Friedrich Merz", "2025-05-06", None),
    ],
    "French President": [
        ("François Mitterrand", "1981-05-21", "1995-05-17"),
        ("Jacques Chirac", "1995-05-17", "2007-05-16"),
        ("Nicolas Sarkozy", "2007-05-16", "2012-05-15"),
        ("François Hollande", "2012-05-15", "2017-05-14"),
        ("Emmanuel Macron", "2017-05-14", None),
    ],
    "Ukrainian President": [
        ("Leonid Kravchuk", "1991-12-05", "1994-07-19"),
        ("Leonid Kuchma", "1994-07-19", "2005-01-23"),
        ("Viktor Yushchenko", "2005-01-23", "2010-02-25"),
        ("Viktor Yanukovych", "2010-02-25", "2014-02-22", "Yanukovich"),
        ("Petro Poroshenko", "2014-06-07", "2019-05-20"),
        ("Volodymyr Zelensky", "2019-05-20", None),
    ],
    "Georgian President": [
        ("Eduard Shevardnadze", "1995-11-26", "2003-11-23"),
        ("Mikheil Saakashvili", "2004-01-25", "2013-11-17"),
    ],
}


def holders_named(key):
    """The terms of the holders whose surname, as any copy writes it, has the key ``key``
    ("clinton", "shroeder")."""
    return _by_surname().get(key, ())


@cache
def _by_surname():
    index = {}
    for holder in holders():
        keys = surname_keys(holder.name) | {fold_word(s) for s in holder.spellings}
        for key in keys:
            index[key] = (*index.get(key, ()), holder)
    return index


@cache
def holders():
    """Every term of every office, in the order above."""
    return tuple(
        Holder(
            name,
            office,
            date.fromisoformat(start),
            end and date.fromisoformat(end),
            tuple(spellings),
        )
        for office, terms in _OFFICES.items()
        for name, start, end, *spellings in terms
    )
