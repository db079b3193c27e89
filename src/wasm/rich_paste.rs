//! Rich paste: reads the structure of clipboard `text/html` through `DOMParser` into the same
//! [`Document`] the plain-text parser produces. Nothing of the HTML is ever inserted into the
//! page: the parsed document is inert (scripts do not run, images do not load) and only its
//! text is read. Scripts, styles, media, form controls and hidden elements give no text.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::model::{BlockKind, Removed};
use crate::structure::{Document, RawBlock};
use crate::text::{collapse_whitespace, normalize};

/// Elements whose content is never text of the article.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "video", "audio", "img",
    "picture", "input", "select", "textarea", "button", "object", "embed", "canvas", "head",
    "title", "meta", "link",
];

/// Elements that start a new block.
const BLOCK_LEVEL: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "hr",
    "address",
    "details",
    "summary",
    "center",
];

/// One step of the iterative walk (no recursion: deeply nested HTML cannot overflow the stack).
enum Step {
    Enter(Node),
    /// Leaving an element: whether it ends a block, opened a context, or separates words
    /// (a block inside a list item, a table cell).
    Exit {
        ends_block: bool,
        opened_context: bool,
        separates: bool,
    },
}

/// Collects blocks while walking.
struct Walker {
    blocks: Vec<RawBlock>,
    buffer: String,
    /// Open elements that give their text a kind: "li", "blockquote", "h1".."h6", "pre".
    context: Vec<String>,
}

impl Walker {
    /// The kind and level that text at this point gets.
    fn kind(&self) -> (BlockKind, u8) {
        for tag in self.context.iter().rev() {
            match tag.as_str() {
                "li" => {
                    return (
                        BlockKind::ListItem,
                        self.context.iter().filter(|t| *t == "li").count().min(6) as u8,
                    )
                }
                "blockquote" => return (BlockKind::Quote, 0),
                h if h.len() == 2 && h.starts_with('h') => {
                    return (BlockKind::Heading, h[1..].parse().unwrap_or(2))
                }
                _ => {}
            }
        }
        (BlockKind::Paragraph, 0)
    }

    /// Ends the current block.
    fn flush(&mut self) {
        let text = collapse_whitespace(&normalize(&self.buffer));
        self.buffer.clear();
        if !text.is_empty() {
            let (kind, level) = self.kind();
            self.blocks.push(RawBlock { kind, text, level });
        }
    }

    /// Whether a block-level element at this point splits the current text: inside a list
    /// item only a nested list does (a list item with several paragraphs is one block).
    fn splits(&self, tag: &str) -> bool {
        match self.context.last().map(String::as_str) {
            Some("li") => matches!(tag, "ul" | "ol" | "li"),
            _ => true,
        }
    }
}

/// Parses `html` with the browser's `DOMParser` and reads its blocks.
pub fn document_from_html(html: &str) -> Result<Document, String> {
    let parser = DomParser::new().map_err(|_| "DOMParser is not available".to_string())?;
    let dom = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| "the HTML could not be parsed".to_string())?;
    let Some(body) = dom.body() else {
        return Ok(Document::default());
    };
    let mut walker = Walker {
        blocks: Vec::new(),
        buffer: String::new(),
        context: Vec::new(),
    };
    let mut stack = vec![Step::Enter(body.into())];
    while let Some(step) = stack.pop() {
        match step {
            Step::Exit {
                ends_block,
                opened_context,
                separates,
            } => {
                if ends_block {
                    walker.flush();
                } else if separates {
                    walker.buffer.push(' ');
                }
                if opened_context {
                    walker.context.pop();
                }
            }
            Step::Enter(node) => match node.node_type() {
                Node::TEXT_NODE => walker
                    .buffer
                    .push_str(&node.text_content().unwrap_or_default()),
                Node::ELEMENT_NODE => {
                    let element: &Element = node.unchecked_ref();
                    let tag = element.tag_name().to_ascii_lowercase();
                    if SKIPPED.contains(&tag.as_str()) || element.has_attribute("hidden") {
                        continue;
                    }
                    if tag == "br" {
                        walker.buffer.push(' ');
                        continue;
                    }
                    let block_level = BLOCK_LEVEL.contains(&tag.as_str());
                    let ends_block = block_level && walker.splits(&tag);
                    if ends_block {
                        walker.flush();
                    } else if block_level {
                        walker.buffer.push(' '); // a paragraph inside a list item: same block
                    }
                    let separates = block_level || tag == "td" || tag == "th";
                    let opened_context = is_context(&tag);
                    if opened_context {
                        walker.context.push(tag);
                    }
                    stack.push(Step::Exit {
                        ends_block,
                        opened_context,
                        separates,
                    });
                    let children = node.child_nodes();
                    for i in (0..children.length()).rev() {
                        if let Some(child) = children.item(i) {
                            stack.push(Step::Enter(child));
                        }
                    }
                }
                _ => {}
            },
        }
    }
    walker.flush();
    Ok(into_document(walker.blocks))
}

/// Whether an element gives its text a kind (see [`Walker::kind`]).
fn is_context(tag: &str) -> bool {
    matches!(
        tag,
        "li" | "blockquote" | "pre" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
    )
}

/// Title = the first block; a key-points heading followed by list items gives the key points.
fn into_document(mut blocks: Vec<RawBlock>) -> Document {
    let mut doc = Document::default();
    if blocks.is_empty() {
        return doc;
    }
    let title = blocks.remove(0).text;
    if blocks
        .first()
        .is_some_and(|b| b.text.eq_ignore_ascii_case(&title))
    {
        doc.removed.push(Removed {
            reason: "duplicate_title".into(),
            text: blocks.remove(0).text,
        });
    }
    doc.title = Some(title);
    if let Some(at) = blocks.iter().position(|b| {
        b.kind != BlockKind::ListItem && crate::structure::is_key_points_heading(&b.text)
    }) {
        let items = blocks[at + 1..]
            .iter()
            .take_while(|b| b.kind == BlockKind::ListItem)
            .count();
        if items > 0 {
            doc.key_points = blocks
                .drain(at..at + 1 + items)
                .skip(1)
                .map(|b| b.text)
                .collect();
        }
    }
    doc.blocks = blocks;
    doc
}
