//! Plain content text made a little richer: phone numbers become links a phone can call, and
//! the first time a glossary word appears on a page it links to its meaning.

use std::collections::HashSet;

/// A piece of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Ordinary text.
    Text(String),
    /// A glossary word (`term` is the glossary id), linked to its meaning.
    Term {
        /// The glossary id.
        term: String,
        /// The words as they appear in the text.
        text: String,
    },
    /// A UK phone number (or 999).
    Phone {
        /// Digits only, for a `tel:` link.
        digits: String,
        /// The number as written.
        text: String,
    },
}

/// A way a glossary word can appear in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermKey {
    /// The glossary id.
    pub term: String,
    /// The words to find.
    pub words: String,
    /// Match case exactly (for abbreviations like "PA", which is also a Welsh word).
    pub exact_case: bool,
}

/// The keys for a glossary headword such as "Personal adviser (PA)": the words outside the
/// brackets and the words inside them, longest first when sorted by [`sort_keys`].
pub fn keys_for(term: &str, headword: &str) -> Vec<TermKey> {
    let (main, bracket) = match (headword.find('('), headword.rfind(')')) {
        (Some(open), Some(close)) if open < close => (&headword[..open], Some(&headword[open + 1..close])),
        _ => (headword, None),
    };
    [Some(main), bracket]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|w| w.chars().count() >= 2)
        .map(|w| TermKey {
            term: term.to_owned(),
            words: w.to_owned(),
            exact_case: w.chars().all(|c| c.is_ascii_uppercase()),
        })
        .collect()
}

/// Sorts keys longest first, so "Staying Put" wins over a shorter key inside it.
pub fn sort_keys(keys: &mut [TermKey]) {
    keys.sort_by_key(|k| std::cmp::Reverse(k.words.chars().count()));
}

/// Splits `text` into pieces. A glossary word is linked only if its id is not yet in
/// `linked` (it is then added), so each word links once per page.
pub fn enrich(text: &str, keys: &[TermKey], linked: &mut HashSet<String>) -> Vec<Piece> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut pieces = Vec::new();
    let mut plain_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let at_boundary = i == 0 || !chars[i - 1].1.is_alphanumeric();
        let found = if at_boundary { phone_at(&chars, i).or_else(|| term_at(&chars, i, keys)) } else { None };
        let Some((end, kind)) = found else {
            i += 1;
            continue;
        };
        let start_byte = chars[i].0;
        let end_byte = chars.get(end).map_or(text.len(), |c| c.0);
        let matched = &text[start_byte..end_byte];
        let piece = match kind {
            Found::Phone => Some(Piece::Phone {
                digits: matched.chars().filter(char::is_ascii_digit).collect(),
                text: matched.to_owned(),
            }),
            Found::Term(term) if linked.insert(term.clone()) => Some(Piece::Term { term, text: matched.to_owned() }),
            Found::Term(_) => None,
        };
        if let Some(piece) = piece {
            if plain_start < start_byte {
                pieces.push(Piece::Text(text[plain_start..start_byte].to_owned()));
            }
            pieces.push(piece);
            plain_start = end_byte;
        }
        i = end;
    }
    if plain_start < text.len() {
        pieces.push(Piece::Text(text[plain_start..].to_owned()));
    }
    pieces
}

/// The glossary ids whose words appear anywhere in `texts`.
pub fn terms_used<'a>(texts: impl IntoIterator<Item = &'a str>, keys: &[TermKey]) -> HashSet<String> {
    let mut found = HashSet::new();
    for text in texts {
        let mut none_linked = HashSet::new();
        for piece in enrich(text, keys, &mut none_linked) {
            if let Piece::Term { term, .. } = piece {
                found.insert(term);
            }
        }
    }
    found
}

enum Found {
    Phone,
    Term(String),
}

fn ends_word(chars: &[(usize, char)], end: usize) -> bool {
    end >= chars.len() || !chars[end].1.is_alphanumeric()
}

/// A UK number at `i` ("0800 1111", "0808 800 5792": a leading 0, 8 to 11 digits in groups
/// of 3 or more split by single spaces) or "999". Returns the end index.
fn phone_at(chars: &[(usize, char)], i: usize) -> Option<(usize, Found)> {
    let digit = |j: usize| chars.get(j).is_some_and(|c| c.1.is_ascii_digit());
    let nine = |j: usize| chars.get(j).is_some_and(|c| c.1 == '9');
    if nine(i) && nine(i + 1) && nine(i + 2) && ends_word(chars, i + 3) {
        return Some((i + 3, Found::Phone));
    }
    if chars.get(i).is_none_or(|c| c.1 != '0') {
        return None;
    }
    let (mut j, mut digits, mut end) = (i, 0, None);
    loop {
        let group_start = j;
        while digit(j) {
            j += 1;
        }
        let group = j - group_start;
        digits += group;
        if group < 3 || digits > 11 {
            break;
        }
        if digits >= 8 && ends_word(chars, j) {
            end = Some(j);
        }
        if chars.get(j).is_some_and(|c| c.1 == ' ') && digit(j + 1) {
            j += 1;
        } else {
            break;
        }
    }
    end.map(|e| (e, Found::Phone))
}

/// A glossary word at `i` (whole words; an English plural "s" is allowed). Returns the end.
fn term_at(chars: &[(usize, char)], i: usize, keys: &[TermKey]) -> Option<(usize, Found)> {
    for key in keys {
        let mut j = i;
        let mut ok = true;
        for k in key.words.chars() {
            let Some(&(_, c)) = chars.get(j) else {
                ok = false;
                break;
            };
            let same = if key.exact_case { c == k } else { c.to_lowercase().eq(k.to_lowercase()) };
            if !same {
                ok = false;
                break;
            }
            j += 1;
        }
        if !ok {
            continue;
        }
        if ends_word(chars, j) {
            return Some((j, Found::Term(key.term.clone())));
        }
        if !key.exact_case && chars.get(j).is_some_and(|c| c.1 == 's') && ends_word(chars, j + 1) {
            return Some((j + 1, Found::Term(key.term.clone())));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Vec<TermKey> {
        let mut k = Vec::new();
        for (id, head) in [
            ("personal-adviser", "Personal adviser (PA)"),
            ("advocate", "Advocate"),
            ("iro", "Independent Reviewing Officer (IRO)"),
            ("staying-put", "Staying Put"),
            ("care-leaver", "Care leaver"),
            ("advocate", "المناصر (Advocate)"),
        ] {
            k.extend(keys_for(id, head));
        }
        sort_keys(&mut k);
        k
    }

    fn t(s: &str) -> Piece {
        Piece::Text(s.into())
    }

    fn term(id: &str, s: &str) -> Piece {
        Piece::Term { term: id.into(), text: s.into() }
    }

    fn phone(d: &str, s: &str) -> Piece {
        Piece::Phone { digits: d.into(), text: s.into() }
    }

    #[test]
    fn headwords_give_the_words_and_the_bracketed_words() {
        let k = keys_for("personal-adviser", "Personal adviser (PA)");
        assert_eq!(k.iter().map(|k| (k.words.as_str(), k.exact_case)).collect::<Vec<_>>(), vec![("Personal adviser", false), ("PA", true)]);
        let k = keys_for("advocate", "Advocate");
        assert_eq!(k.len(), 1);
        assert!(!k[0].exact_case);
    }

    #[test]
    fn the_first_use_of_a_word_links_and_later_ones_do_not() {
        let mut linked = HashSet::new();
        let got = enrich("Ask your personal adviser. Your Personal Adviser can help.", &keys(), &mut linked);
        assert_eq!(got, vec![t("Ask your "), term("personal-adviser", "personal adviser"), t(". Your Personal Adviser can help.")]);
        let got = enrich("Your PA will call.", &keys(), &mut linked);
        assert_eq!(got, vec![t("Your PA will call.")], "already linked on this page");
    }

    #[test]
    fn words_match_whole_and_allow_a_plural() {
        let mut linked = HashSet::new();
        assert_eq!(enrich("Advocates help.", &keys(), &mut linked), vec![term("advocate", "Advocates"), t(" help.")]);
        let mut linked = HashSet::new();
        assert_eq!(enrich("advocated advocateship", &keys(), &mut linked), vec![t("advocated advocateship")]);
        let mut linked = HashSet::new();
        assert_eq!(enrich("care leavers and care-leaver", &keys(), &mut linked)[0], term("care-leaver", "care leavers"));
    }

    #[test]
    fn abbreviations_match_their_case_only() {
        let mut linked = HashSet::new();
        // "pa" is Welsh for "which": it must not link.
        assert_eq!(enrich("pa help sydd ar gael", &keys(), &mut linked), vec![t("pa help sydd ar gael")]);
        assert_eq!(enrich("Your IRO checks it.", &keys(), &mut linked), vec![t("Your "), term("iro", "IRO"), t(" checks it.")]);
        assert_eq!(enrich("PAPER", &keys(), &mut HashSet::new()), vec![t("PAPER")]);
    }

    #[test]
    fn english_words_in_arabic_text_link() {
        let mut linked = HashSet::new();
        let got = enrich("يمكنكم طلب مناصر (advocate) يساعدكم", &keys(), &mut linked);
        assert_eq!(got, vec![t("يمكنكم طلب مناصر ("), term("advocate", "advocate"), t(") يساعدكم")]);
    }

    #[test]
    fn phone_numbers_become_phone_links() {
        let mut linked = HashSet::new();
        assert_eq!(
            enrich("Call Always Heard on 0808 800 5792. Or 999.", &keys(), &mut linked),
            vec![t("Call Always Heard on "), phone("08088005792", "0808 800 5792"), t(". Or "), phone("999", "999"), t(".")]
        );
        assert_eq!(
            enrich("Childline on 0800 1111, free.", &keys(), &mut linked),
            vec![t("Childline on "), phone("08001111", "0800 1111"), t(", free.")]
        );
        assert_eq!(enrich("اتصلوا بالرقم 999.", &keys(), &mut linked)[1], phone("999", "999"));
    }

    #[test]
    fn numbers_that_are_not_phone_numbers_stay_text() {
        for s in ["£3,000 at 60, 120 and 300 days", "within 20 working days", "since 2023", "9999", "1999", "0 to 17", "0800 11"] {
            let mut linked = HashSet::new();
            assert_eq!(enrich(s, &keys(), &mut linked), vec![t(s)], "{s}");
        }
    }

    #[test]
    fn terms_used_collects_every_word_found() {
        let used = terms_used(["Your PA and your IRO.", "Staying Put, again PA."], &keys());
        let mut v: Vec<_> = used.into_iter().collect();
        v.sort();
        assert_eq!(v, vec!["iro", "personal-adviser", "staying-put"]);
    }
}
