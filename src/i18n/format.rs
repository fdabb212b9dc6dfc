//! Dates, numbers and lists written the way each language writes them.

use super::Lang;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A date (`2014-11-23`, `2014-11` or `2014`) in the language: English keeps
/// the ISO form reports have always used; French `23 novembre 2014`
/// (`1er` for the first), Spanish `23 de noviembre de 2014`. Text that is not
/// such a date is given back as it is.
pub fn date(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let parts: Vec<&str> = text.split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<usize>().ok())
            .flatten()
    };
    let (year, month, day) = match parts.as_slice() {
        [y] => (num(y, 4), None, None),
        [y, m] => (num(y, 4), num(m, 2), None),
        [y, m, d] => (num(y, 4), num(m, 2), num(d, 2)),
        _ => return text.to_string(),
    };
    let Some(year) = year else {
        return text.to_string();
    };
    let month_name = |m: usize| match lang {
        Lang::Fr => MONTHS_FR.get(m.wrapping_sub(1)).copied(),
        _ => MONTHS_ES.get(m.wrapping_sub(1)).copied(),
    };
    match (parts.len(), month.and_then(month_name), day) {
        (1, _, _) => year.to_string(),
        (2, Some(m), _) => match lang {
            Lang::Fr => format!("{m} {year}"),
            _ => format!("{m} de {year}"),
        },
        (3, Some(m), Some(d)) if (1..=31).contains(&d) => match lang {
            Lang::Fr if d == 1 => format!("1er {m} {year}"),
            Lang::Fr => format!("{d} {m} {year}"),
            _ => format!("{d} de {m} de {year}"),
        },
        _ => text.to_string(),
    }
}

/// A number with at most one decimal, without a trailing `.0`: `73.8`
/// (English), `73,8` (French, Spanish).
pub fn number(lang: Lang, value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    match lang {
        Lang::En => text,
        _ => text.replace('.', ","),
    }
}

/// A percentage: `73.8%` (English), `73,8 %` (French, Spanish, with a
/// no-break space so that the sign never starts a line).
pub fn percent(lang: Lang, value: f64) -> String {
    match lang {
        Lang::En => format!("{}%", number(lang, value)),
        _ => format!("{}\u{a0}%", number(lang, value)),
    }
}

/// Items joined as a sentence lists them: `a, b and c`, `a, b et c`,
/// `a, b y c` (`e` before a word starting with an i sound in Spanish is not
/// attempted: items are mostly names).
pub fn list(lang: Lang, items: &[String]) -> String {
    let and = match lang {
        Lang::En => "and",
        Lang::Fr => "et",
        Lang::Es => "y",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_per_language() {
        assert_eq!(date(Lang::En, "2014-11-23"), "2014-11-23");
        assert_eq!(date(Lang::Fr, "2014-11-23"), "23 novembre 2014");
        assert_eq!(date(Lang::Fr, "2007-02-01"), "1er février 2007");
        assert_eq!(date(Lang::Es, "2014-11-23"), "23 de noviembre de 2014");
        assert_eq!(date(Lang::Es, "2013-02"), "febrero de 2013");
        assert_eq!(date(Lang::Fr, "2013"), "2013");
        assert_eq!(date(Lang::Fr, "2014-13-01"), "2014-13-01");
        assert_eq!(date(Lang::Es, "Penal Code"), "Penal Code");
    }

    #[test]
    fn numbers_and_percentages_per_language() {
        assert_eq!(percent(Lang::En, 73.84), "73.8%");
        assert_eq!(percent(Lang::Fr, 73.84), "73,8\u{a0}%");
        assert_eq!(percent(Lang::Es, 50.0), "50\u{a0}%");
        assert_eq!(number(Lang::Fr, 1.25), "1,3");
    }

    #[test]
    fn lists_per_language() {
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(list(Lang::En, &items), "a, b and c");
        assert_eq!(list(Lang::Fr, &items[..2]), "a et b");
        assert_eq!(list(Lang::Es, &items), "a, b y c");
    }
}
