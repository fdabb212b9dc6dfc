//! Builds a [`Profile`](super::Profile) (or any type) from the parse tree
//! that the shape check walked, so that a profile's text is parsed once.
//!
//! Plain scalars are typed as the shape check types them (`~` and empty are
//! null, `true`/`false` booleans, then integers and numbers, the rest text);
//! a quoted scalar is always text; a field that wants text takes any scalar
//! as written, as `yaml_serde` does.

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode, MarkedSequenceNode};
use marked_yaml::Node;
use serde::de::{self, DeserializeSeed, Visitor};
use serde::forward_to_deserialize_any;

use super::shape::position;
use crate::diag::Position;

/// Why a tree could not be turned into the type, and where.
#[derive(Debug)]
pub struct TreeError {
    pub message: String,
    pub position: Option<Position>,
}

impl std::fmt::Display for TreeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TreeError {}

impl de::Error for TreeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        TreeError {
            message: msg.to_string(),
            position: None,
        }
    }
}

impl TreeError {
    /// Places an error that has no place yet at `node`.
    fn at(mut self, node: &Node) -> Self {
        if self.position.is_none() {
            self.position = Some(position(node));
        }
        self
    }
}

/// Deserializes a value from a parse tree.
pub fn from_tree<'a, T: de::Deserialize<'a>>(node: &'a Node) -> Result<T, TreeError> {
    T::deserialize(NodeDe(node))
}

/// A scalar as the shape check reads it.
enum Plain<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(&'a str),
}

fn plain(scalar: &MarkedScalarNode) -> Plain<'_> {
    let text = scalar.as_str();
    if !scalar.may_coerce() {
        return Plain::Text(text);
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Plain::Null,
        "true" | "True" | "TRUE" => Plain::Bool(true),
        "false" | "False" | "FALSE" => Plain::Bool(false),
        _ => {
            if let Ok(n) = text.parse::<i64>() {
                Plain::Int(n)
            } else if let Some(x) = text
                .parse::<f64>()
                .ok()
                .filter(|_| text.chars().any(|c| c.is_ascii_digit()))
            {
                Plain::Float(x)
            } else {
                Plain::Text(text)
            }
        }
    }
}

struct NodeDe<'a>(&'a Node);

impl<'de> NodeDe<'de> {
    fn scalar(&self) -> Option<&'de MarkedScalarNode> {
        self.0.as_scalar()
    }

    fn any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        let node = self.0;
        let result = match node {
            Node::Scalar(s) => match plain(s) {
                Plain::Null => visitor.visit_unit(),
                Plain::Bool(b) => visitor.visit_bool(b),
                Plain::Int(n) => visitor.visit_i64(n),
                Plain::Float(x) => visitor.visit_f64(x),
                Plain::Text(t) => visitor.visit_borrowed_str(t),
            },
            Node::Sequence(seq) => visit_seq(seq, visitor),
            Node::Mapping(map) => visit_map(map, visitor),
        };
        result.map_err(|e| e.at(node))
    }
}

fn visit_seq<'de, V: Visitor<'de>>(seq: &'de MarkedSequenceNode, visitor: V) -> Result<V::Value, TreeError> {
    let mut access = SeqAccess(seq.iter());
    let value = visitor.visit_seq(&mut access)?;
    match access.0.len() {
        0 => Ok(value),
        left => Err(de::Error::invalid_length(
            seq.len(),
            &format!("{} items", seq.len() - left).as_str(),
        )),
    }
}

fn visit_map<'de, V: Visitor<'de>>(map: &'de MarkedMappingNode, visitor: V) -> Result<V::Value, TreeError> {
    visitor.visit_map(MapAccess {
        entries: map.iter(),
        value: None,
    })
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        self.any(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.scalar().map(plain) {
            Some(Plain::Null) => visitor.visit_none(),
            _ => {
                let node = self.0;
                visitor.visit_some(self).map_err(|e| e.at(node))
            }
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.scalar() {
            Some(s) => visitor
                .visit_borrowed_str(s.as_str())
                .map_err(|e: TreeError| e.at(self.0)),
            None => self.any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TreeError> {
        let node = self.0;
        visitor.visit_newtype_struct(self).map_err(|e| e.at(node))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        match self.scalar() {
            Some(s) => {
                let variant = de::value::BorrowedStrDeserializer::<TreeError>::new(s.as_str());
                visitor.visit_enum(variant).map_err(|e| e.at(self.0))
            }
            None => self.any(visitor),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct ignored_any
    }
}

struct SeqAccess<'a>(std::slice::Iter<'a, Node>);

impl<'de> de::SeqAccess<'de> for SeqAccess<'de> {
    type Error = TreeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, TreeError> {
        self.0.next().map(|node| seed.deserialize(NodeDe(node))).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct MapAccess<'a, I> {
    entries: I,
    value: Option<&'a Node>,
}

impl<'de, I> de::MapAccess<'de> for MapAccess<'de, I>
where
    I: Iterator<Item = (&'de MarkedScalarNode, &'de Node)>,
{
    type Error = TreeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, TreeError> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(KeyDe(key)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TreeError> {
        match self.value.take() {
            Some(node) => seed.deserialize(NodeDe(node)),
            None => Err(de::Error::custom("a value without its key")),
        }
    }
}

/// A mapping's key: a scalar, typed like any other.
struct KeyDe<'a>(&'a MarkedScalarNode);

impl<'de> KeyDe<'de> {
    fn place(&self, e: TreeError) -> TreeError {
        match e.position {
            Some(_) => e,
            None => TreeError {
                position: self.0.span().start().map(|m| Position::new(m.line(), m.column())),
                ..e
            },
        }
    }
}

impl<'de> de::Deserializer<'de> for KeyDe<'de> {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        let result = match plain(self.0) {
            Plain::Null => visitor.visit_unit(),
            Plain::Bool(b) => visitor.visit_bool(b),
            Plain::Int(n) => visitor.visit_i64(n),
            Plain::Float(x) => visitor.visit_f64(x),
            Plain::Text(t) => visitor.visit_borrowed_str(t),
        };
        result.map_err(|e| self.place(e))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        visitor.visit_borrowed_str(self.0.as_str()).map_err(|e| self.place(e))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TreeError> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf option
        unit unit_struct seq tuple tuple_struct map struct enum ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    fn tree_of(text: &str) -> Node {
        let options = marked_yaml::LoaderOptions::default()
            .error_on_duplicate_keys(true)
            .prevent_coercion(true)
            .toplevel_mapping();
        marked_yaml::parse_yaml_with_options(0, text, options).expect("test input is YAML")
    }

    /// Every profile of the repository that `yaml_serde` reads comes out of
    /// the tree the same.
    #[test]
    fn profiles_from_the_tree_equal_those_parsed_from_the_text() {
        let mut files = vec![std::path::PathBuf::from("profiles/mexico-2014.yaml")];
        let mut dirs = vec![
            std::path::PathBuf::from("tests/data"),
            std::path::PathBuf::from("rules"),
        ];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("test folder").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml") {
                    files.push(path);
                }
            }
        }
        let mut compared = 0;
        for path in files {
            let text = std::fs::read_to_string(&path).expect("test file");
            if !text.contains("schema: gapwise/profile/v1") {
                continue;
            }
            let Ok(expected) = serde_yaml::from_str::<Profile>(&text) else {
                continue;
            };
            let tree = tree_of(&text);
            let got: Profile = from_tree(&tree).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(got, expected, "{}", path.display());
            compared += 1;
        }
        assert!(compared >= 10, "only {compared} profiles compared");
    }

    #[test]
    fn plain_scalars_are_typed_and_quoted_ones_are_text() {
        let tree = tree_of("a: 12\nb: \"12\"\nc: true\nd: 'true'\ne: ~\nf: 1.5\ng: text\n");
        let value: serde_json::Value = from_tree(&tree).expect("any value");
        assert_eq!(
            value,
            serde_json::json!({"a": 12, "b": "12", "c": true, "d": "true", "e": null, "f": 1.5, "g": "text"})
        );
        let text: std::collections::BTreeMap<String, String> =
            from_tree(&tree_of("a: 12\nb: true\n")).expect("text wanted");
        assert_eq!(text["a"], "12");
        assert_eq!(text["b"], "true");
    }

    #[test]
    fn a_wrong_type_is_placed_at_its_value() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            n: u32,
        }
        let e = from_tree::<T>(&tree_of("n:\n  - 1\n")).expect_err("a list is no number");
        assert_eq!(e.position.map(|p| p.line), Some(2), "{e}");
    }
}
