//! The DOM renderer: builds the reading view from an [`Analysis`] with `createElement` and
//! `textContent` only (pasted text never becomes HTML), and handles its interactions:
//! theme toggles in the legend and key points that reveal their evidence.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, Element, Event, Node};

use crate::model::{Analysis, BlockKind, Span};

/// A rendered reading view bound to a container element.
///
/// ```js
/// const view = new View(container);
/// const analysis = view.renderText(text, { keyPoints: "short" });
/// view.setThemeVisible("security", false);
/// ```
#[wasm_bindgen]
pub struct View {
    state: Rc<RefCell<State>>,
    _listeners: Vec<Closure<dyn FnMut(Event)>>,
}

/// What the view needs to re-draw highlights and follow evidence links.
struct State {
    document: Document,
    root: Element,
    analysis: Analysis,
    /// The ids of the themes whose highlights are hidden, sorted.
    hidden: Vec<String>,
    /// Elements holding highlighted text, and what they show.
    highlighted: Vec<(Element, Source)>,
    /// The element of each body block.
    block_elements: Vec<Element>,
    /// The legend buttons, by theme id.
    legend: Vec<(String, Element)>,
    /// The body section, where blocks are appended.
    body: Option<Element>,
    /// The list the last list item went into, for the next list item.
    list: Option<Element>,
    /// How many body blocks the analysis has.
    total_blocks: usize,
    /// The blocks of an analysis object from JavaScript, converted only as they are rendered
    /// (converting thousands at once would be a long task).
    pending_blocks: Option<js_sys::Array>,
}

/// What a highlighted element shows: a key point or a body block, by index.
#[derive(Clone, Copy)]
enum Source {
    KeyPoint(usize),
    Block(usize),
}

type JsResult<T> = Result<T, JsValue>;

/// Body blocks rendered by the first render; `renderMore` adds the rest.
pub const FIRST_BLOCKS: usize = 40;

#[wasm_bindgen]
impl View {
    /// Binds a view to `container` (any element, e.g. inside a shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(container: Element) -> Result<View, JsValue> {
        let document = container
            .owner_document()
            .ok_or("the container has no document")?;
        let state = Rc::new(RefCell::new(State {
            document,
            root: container.clone(),
            analysis: Analysis::default(),
            hidden: Vec::new(),
            highlighted: Vec::new(),
            block_elements: Vec::new(),
            legend: Vec::new(),
            body: None,
            list: None,
            total_blocks: 0,
            pending_blocks: None,
        }));
        let on_click = {
            let state = Rc::clone(&state);
            Closure::<dyn FnMut(Event)>::new(move |event: Event| handle_activation(&state, &event))
        };
        container.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
        Ok(View {
            state,
            _listeners: vec![on_click],
        })
    }

    /// Analyses `text` with `options` (as for `analyze`), renders it in place of what the
    /// container showed, and returns the analysis object.
    #[wasm_bindgen(js_name = renderText)]
    pub fn render_text(&self, text: &str, options: JsValue) -> Result<JsValue, JsError> {
        let analysis = super::analysis_of_text(text, &options)?;
        self.show(analysis)
    }

    /// Like `renderText` for a rich paste: reads the structure of `html` (text only).
    #[wasm_bindgen(js_name = renderHtml)]
    pub fn render_html(&self, html: &str, options: JsValue) -> Result<JsValue, JsError> {
        let analysis = super::analysis_of_html(html, &options)?;
        self.show(analysis)
    }

    /// Renders an analysis object made elsewhere (e.g. by `analyze` in a Web Worker).
    pub fn render(&self, analysis: JsValue) -> Result<(), JsError> {
        let (head, blocks) = super::from_js::analysis_from_js(&analysis)
            .map_err(|e| JsError::new(&format!("not an analysis: {e}")))?;
        self.start(head, blocks.length() as usize, Some(blocks))
            .map_err(|e| JsError::new(&format!("render failed: {}", describe(&e))))
    }

    /// Renders up to `max_blocks` more body blocks; returns `true` when every block is shown.
    /// The first render shows the header, key points, legend and the first
    /// [`FIRST_BLOCKS`] blocks, so a big article appears at once and the rest follows in
    /// short tasks that never freeze the page.
    #[wasm_bindgen(js_name = renderMore)]
    pub fn render_more(&self, max_blocks: usize) -> Result<bool, JsError> {
        let mut st = self.state.borrow_mut();
        render_blocks(&mut st, max_blocks)
            .map_err(|e| JsError::new(&format!("render failed: {}", describe(&e))))
    }

    /// Shows or hides the highlights of one theme.
    #[wasm_bindgen(js_name = setThemeVisible)]
    pub fn set_theme_visible(&self, theme: &str, visible: bool) -> Result<(), JsValue> {
        set_theme_visible(&self.state, theme, visible)
    }

    /// The ids of the themes whose highlights are hidden.
    #[wasm_bindgen(js_name = hiddenThemes)]
    pub fn hidden_themes(&self) -> Vec<String> {
        self.state.borrow().hidden.clone()
    }
}

impl View {
    /// Renders `analysis` and returns it as a JS object.
    fn show(&self, analysis: Analysis) -> Result<JsValue, JsError> {
        let object = super::to_js(&analysis)?;
        self.render_analysis(analysis)
            .map_err(|e| JsError::new(&format!("render failed: {}", describe(&e))))?;
        Ok(object)
    }

    /// Renders a typed analysis: everything but the body blocks past [`FIRST_BLOCKS`].
    pub fn render_analysis(&self, analysis: Analysis) -> JsResult<()> {
        let total = analysis.blocks.len();
        self.start(analysis, total, None)
    }

    /// Renders all but the body blocks past [`FIRST_BLOCKS`] of an analysis whose `total`
    /// blocks are in `analysis.blocks` or, not yet converted, in `pending`.
    fn start(
        &self,
        analysis: Analysis,
        total: usize,
        pending: Option<js_sys::Array>,
    ) -> JsResult<()> {
        let mut st = self.state.borrow_mut();
        st.analysis = analysis;
        st.total_blocks = total;
        st.pending_blocks = pending;
        st.highlighted.clear();
        st.block_elements.clear();
        st.legend.clear();
        st.list = None;
        st.root.set_text_content(None);
        let view = build(&mut st)?;
        st.root.append_child(&view)?;
        render_blocks(&mut st, FIRST_BLOCKS)?;
        Ok(())
    }
}

/// The message of a JS exception.
fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Creates `<tag class=…>` with optional text.
fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> JsResult<Element> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
        e.set_attribute("part", class.trim_start_matches("al-"))?;
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

/// Appends `child` to `parent` and returns it.
fn append(parent: &Element, child: Element) -> JsResult<Element> {
    parent.append_child(&child)?;
    Ok(child)
}

/// Builds the whole view.
fn build(st: &mut State) -> JsResult<Element> {
    let doc = st.document.clone();
    let a = st.analysis.clone();
    let view = el(&doc, "article", "al-view", None)?;
    view.set_attribute("lang", &a.lang)?;

    let header = el(&doc, "header", "al-header", None)?;
    if let Some(title) = &a.title {
        append(&header, el(&doc, "h2", "al-title", Some(title))?)?;
    }
    let meta = meta_line(&a);
    if !meta.is_empty() {
        append(&header, el(&doc, "p", "al-meta", Some(&meta))?)?;
    }
    view.append_child(&header)?;

    if !a.key_points.is_empty() {
        let generated = a.key_points.iter().all(|k| k.generated);
        let section = el(&doc, "details", "al-key-points", None)?;
        section.set_attribute("open", "")?;
        let label = if generated {
            "Key points (generated)"
        } else {
            "Key points"
        };
        append(&section, el(&doc, "summary", "al-summary", Some(label))?)?;
        let list = el(&doc, "ul", "al-key-point-list", None)?;
        for (i, kp) in a.key_points.iter().enumerate() {
            let li = el(&doc, "li", "al-key-point", None)?;
            if kp.generated {
                li.set_attribute("data-generated", "")?;
            }
            // With evidence, the text is a button that shows where the article says it.
            let holder = if kp.evidence.is_empty() {
                li.clone()
            } else {
                let button = append(&li, el(&doc, "button", "al-key-point-link", None)?)?;
                button.set_attribute("type", "button")?;
                button.set_attribute("data-key-point", &i.to_string())?;
                button.set_attribute("title", "Show where the article says this")?;
                button
            };
            st.highlighted.push((holder, Source::KeyPoint(i)));
            list.append_child(&li)?;
        }
        section.append_child(&list)?;
        view.append_child(&section)?;
    }

    if !a.themes.is_empty() {
        let legend = el(&doc, "div", "al-legend", None)?;
        legend.set_attribute("role", "group")?;
        legend.set_attribute("aria-label", "Themes: press to show or hide highlights")?;
        for theme in &a.themes {
            let button = el(&doc, "button", "al-legend-item", None)?;
            button.set_attribute("type", "button")?;
            button.set_attribute("data-theme", &theme.id)?;
            button.set_attribute(
                "aria-pressed",
                if is_hidden(&st.hidden, &theme.id) {
                    "false"
                } else {
                    "true"
                },
            )?;
            set_theme_color(&button, &theme.id, &theme.color)?;
            let terms: Vec<&str> = theme
                .terms
                .iter()
                .take(8)
                .map(|t| t.term.as_str())
                .collect();
            button.set_attribute("title", &terms.join(", "))?;
            append(&button, el(&doc, "span", "al-swatch", None)?)?;
            button.append_child(&doc.create_text_node(&theme.label))?;
            append(
                &button,
                el(&doc, "span", "al-count", Some(&theme.count.to_string()))?,
            )?;
            legend.append_child(&button)?;
            st.legend.push((theme.id.clone(), button));
        }
        view.append_child(&legend)?;
    }

    if !a.keyphrases.is_empty() {
        let box_ = el(&doc, "p", "al-keyphrases", None)?;
        let toggle = append(
            &box_,
            el(&doc, "button", "al-keyphrases-toggle", Some("Keyphrases"))?,
        )?;
        toggle.set_attribute("type", "button")?;
        toggle.set_attribute("data-keyphrases", "")?;
        toggle.set_attribute("aria-pressed", "false")?;
        toggle.set_attribute("title", "Underline the keyphrases in the article")?;
        box_.append_child(&doc.create_text_node(" "))?;
        for (i, k) in a.keyphrases.iter().take(8).enumerate() {
            if i > 0 {
                box_.append_child(&doc.create_text_node(" · "))?;
            }
            append(&box_, el(&doc, "span", "al-keyphrase", Some(&k.text))?)?;
        }
        view.append_child(&box_)?;
    }

    let body = el(&doc, "details", "al-body", None)?;
    body.set_attribute("open", "")?;
    append(
        &body,
        el(
            &doc,
            "summary",
            "al-summary",
            Some(&format!("Article · {} blocks", st.total_blocks)),
        )?,
    )?;
    view.append_child(&body)?;
    st.body = Some(body);
    fill_all(st)?;
    Ok(view)
}

/// Appends up to `max` more body blocks (then the removed-lines section); `true` when done.
fn render_blocks(st: &mut State, max: usize) -> JsResult<bool> {
    let Some(body) = st.body.clone() else {
        return Ok(true);
    };
    let doc = st.document.clone();
    let start = st.block_elements.len();
    let end = (start + max).min(st.total_blocks);
    for i in start..end {
        if i >= st.analysis.blocks.len() {
            let pending = st.pending_blocks.as_ref().ok_or("no block source")?;
            let block = super::from_js::block_from_js(&pending.get(i as u32))
                .map_err(|e| format!("blocks[{i}]: {e}"))?;
            st.analysis.blocks.push(block);
        }
        let block = &st.analysis.blocks[i];
        let e = match block.kind {
            BlockKind::Heading => el(
                &doc,
                &format!("h{}", (block.level.clamp(1, 3) + 2)),
                "al-heading",
                None,
            )?,
            BlockKind::Paragraph => el(&doc, "p", "al-paragraph", None)?,
            BlockKind::Quote => el(&doc, "blockquote", "al-quote", None)?,
            BlockKind::ListItem => el(&doc, "li", "al-list-item", None)?,
        };
        // Filled and given its direction before it joins the page: children added under a
        // connected dir="auto" element make the browser recompute the direction each time.
        fill(&doc, &e, Source::Block(i), &st.hidden, &st.analysis)?;
        e.set_attribute("dir", "auto")?;
        if block.kind == BlockKind::ListItem {
            let ul = match &st.list {
                Some(ul) => ul.clone(),
                None => append(&body, el(&doc, "ul", "al-list", None)?)?,
            };
            ul.append_child(&e)?;
            st.list = Some(ul);
        } else {
            st.list = None;
            body.append_child(&e)?;
        }
        st.highlighted.push((e.clone(), Source::Block(i)));
        st.block_elements.push(e);
    }
    let done = end == st.total_blocks;
    if done {
        append_removed(st, &body)?;
        st.body = None; // finished: later calls do nothing
    }
    Ok(done)
}

/// The section listing the lines kept out of the view.
fn append_removed(st: &State, body: &Element) -> JsResult<()> {
    let a = &st.analysis;
    if a.removed.is_empty() {
        return Ok(());
    }
    let doc = &st.document;
    let removed = el(doc, "details", "al-removed", None)?;
    append(
        &removed,
        el(
            doc,
            "summary",
            "al-summary",
            Some(&format!("Left out of the view · {}", a.removed.len())),
        )?,
    )?;
    let ul = el(doc, "ul", "al-removed-list", None)?;
    for r in &a.removed {
        append(
            &ul,
            el(
                doc,
                "li",
                "al-removed-item",
                Some(&format!("{}: {}", r.reason.replace('_', " "), r.text)),
            )?,
        )?;
    }
    removed.append_child(&ul)?;
    body.append_child(&removed)?;
    Ok(())
}

/// "By …  ·  dateline  ·  3–4 min read".
fn meta_line(a: &Analysis) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(a.byline.clone());
    parts.extend(a.dateline.clone());
    let [fast, slow] = a.stats.reading_minutes;
    if slow > 0 {
        parts.push(if fast == slow {
            format!("{fast} min read")
        } else {
            format!("{fast}–{slow} min read")
        });
    }
    if slow > 0 {
        parts.push(language_name(&a.lang).to_string());
    }
    parts.join(" · ")
}

/// The English name of a language code that detection gives, or the code itself.
fn language_name(code: &str) -> &str {
    const NAMES: &[(&str, &str)] = &[
        ("ar", "Arabic"),
        ("cs", "Czech"),
        ("da", "Danish"),
        ("de", "German"),
        ("el", "Greek"),
        ("en", "English"),
        ("es", "Spanish"),
        ("fi", "Finnish"),
        ("fr", "French"),
        ("he", "Hebrew"),
        ("hi", "Hindi"),
        ("it", "Italian"),
        ("ja", "Japanese"),
        ("ko", "Korean"),
        ("nl", "Dutch"),
        ("pt", "Portuguese"),
        ("ru", "Russian"),
        ("sv", "Swedish"),
        ("th", "Thai"),
        ("tr", "Turkish"),
        ("zh", "Chinese"),
    ];
    NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, name)| name)
}

/// Sets the highlight colour: the embedder's `--al-theme-<id>` if defined, else the theme's.
/// Ids and colours that are not plain (from a hand-made analysis object) are not used in CSS.
fn set_theme_color(e: &Element, id: &str, color: &str) -> JsResult<()> {
    let plain_id = !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !plain_id || !crate::themes::is_hex_color(color) {
        return Ok(());
    }
    let style = e.unchecked_ref::<web_sys::HtmlElement>().style();
    style.set_property("--al-mark", &format!("var(--al-theme-{id}, {color})"))
}

/// Redraws every highlighted element.
fn fill_all(st: &State) -> JsResult<()> {
    for (e, source) in &st.highlighted {
        fill(&st.document, e, *source, &st.hidden, &st.analysis)?;
    }
    Ok(())
}

/// Whether spans are usable on a text of `len` UTF-16 units: sorted, not overlapping, inside.
/// (A hand-made analysis object may break this; such spans are skipped.)
fn usable(span: &Span, at: usize, len: usize) -> bool {
    span.start >= at && span.end > span.start && span.end <= len
}

/// Fills `e` with the text of `source`: each visible theme span in a `<mark>`, keyphrase
/// occurrences in `<span class="al-kp">` (inside or outside marks, so overlaps always draw).
fn fill(
    doc: &Document,
    e: &Element,
    source: Source,
    hidden: &[String],
    a: &Analysis,
) -> JsResult<()> {
    let (text, spans, keyphrases): (&str, &[Span], &[Span]) = match source {
        Source::KeyPoint(i) => (&a.key_points[i].text, &a.key_points[i].spans, &[]),
        Source::Block(i) => (
            &a.blocks[i].text,
            &a.blocks[i].spans,
            &a.blocks[i].keyphrase_spans,
        ),
    };
    // Built apart and swapped in at once: one change to the page per element.
    let out: Node = doc.create_document_fragment().into();
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut keyphrases = Keyphrases {
        spans: keyphrases,
        next: 0,
        len: units.len(),
    };
    let mut at = 0;
    for span in spans {
        if is_hidden(hidden, &span.theme) || !usable(span, at, units.len()) {
            continue;
        }
        keyphrases.text(doc, &out, &units, at, span.start)?;
        let mark = el(doc, "mark", "al-mark", None)?;
        keyphrases.text(doc, &mark, &units, span.start, span.end)?;
        mark.set_attribute("data-theme", &span.theme)?;
        if let Some(theme) = a.themes.iter().find(|t| *t.id == *span.theme) {
            set_theme_color(&mark, &theme.id, &theme.color)?;
            mark.set_attribute("title", &theme.label)?;
        }
        out.append_child(&mark)?;
        at = span.end;
    }
    keyphrases.text(doc, &out, &units, at, units.len())?;
    e.replace_children_with_node_1(&out);
    Ok(())
}

/// Walks the keyphrase spans of one text while its pieces are appended in order.
struct Keyphrases<'a> {
    spans: &'a [Span],
    next: usize,
    len: usize,
}

impl Keyphrases<'_> {
    /// Appends `units[from..to]` to `parent`, the parts inside keyphrase spans wrapped in
    /// `<span class="al-kp">`.
    fn text(
        &mut self,
        doc: &Document,
        parent: &Node,
        units: &[u16],
        mut from: usize,
        to: usize,
    ) -> JsResult<()> {
        let piece = |a: usize, b: usize| String::from_utf16_lossy(&units[a..b]);
        while from < to {
            // Skip spans that end before `from` (or are unusable).
            while self.next < self.spans.len()
                && (self.spans[self.next].end <= from
                    || !usable(&self.spans[self.next], 0, self.len))
            {
                self.next += 1;
            }
            match self.spans.get(self.next) {
                Some(k) if k.start < to => {
                    let (a, b) = (k.start.max(from), k.end.min(to));
                    if a > from {
                        parent.append_child(&doc.create_text_node(&piece(from, a)))?;
                    }
                    let kp = el(doc, "span", "al-kp", Some(&piece(a, b)))?;
                    parent.append_child(&kp)?;
                    from = b;
                }
                _ => {
                    parent.append_child(&doc.create_text_node(&piece(from, to)))?;
                    from = to;
                }
            }
        }
        Ok(())
    }
}

/// The nearest element from the event target up that has `attr`.
fn target_with(event: &Event, attr: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.closest(&format!("[{attr}]")).ok().flatten()
}

/// A click inside the view (buttons also get one from Enter/Space): toggle a theme or follow a key point.
fn handle_activation(state: &Rc<RefCell<State>>, event: &Event) {
    if let Some(button) = target_with(event, "data-theme").filter(|b| b.tag_name() == "BUTTON") {
        let id = button.get_attribute("data-theme").unwrap_or_default();
        let visible = is_hidden(&state.borrow().hidden, &id);
        let _ = set_theme_visible(state, &id, visible);
    } else if let Some(button) = target_with(event, "data-keyphrases") {
        let _ = toggle_keyphrases(state, &button);
    } else if let Some(item) = target_with(event, "data-key-point") {
        let index = item
            .get_attribute("data-key-point")
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = index {
            let _ = show_evidence(state, i);
        }
    }
}

/// Underlines the keyphrases in the text, or stops, and tells the host page.
fn toggle_keyphrases(state: &Rc<RefCell<State>>, button: &Element) -> JsResult<()> {
    let on = button.get_attribute("aria-pressed").as_deref() != Some("true");
    button.set_attribute("aria-pressed", if on { "true" } else { "false" })?;
    let root = state.borrow().root.clone();
    if let Some(view) = button.closest(".al-view")? {
        view.class_list().toggle_with_force("al-show-kp", on)?;
    }
    let detail = js_sys::Object::new();
    js_sys::Reflect::set(&detail, &"keyphrases".into(), &on.into())?;
    dispatch(&root, "article-lens:toggle", &detail)
}

/// Dispatches a bubbling, composed `CustomEvent` from `target`.
fn dispatch(target: &Element, name: &str, detail: &JsValue) -> JsResult<()> {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    let event = CustomEvent::new_with_event_init_dict(name, &init)?;
    target.dispatch_event(&event)?;
    Ok(())
}

/// Where theme `id` is, or would go, in the sorted ids of the hidden themes.
fn hidden_at(hidden: &[String], id: &str) -> Result<usize, usize> {
    hidden.binary_search_by(|h| h.as_str().cmp(id))
}

/// Whether theme `id` is among the sorted ids of the hidden themes.
fn is_hidden(hidden: &[String], id: &str) -> bool {
    hidden_at(hidden, id).is_ok()
}

/// Shows or hides one theme's marks and tells the host page with `article-lens:toggle`.
fn set_theme_visible(state: &Rc<RefCell<State>>, theme: &str, visible: bool) -> JsResult<()> {
    let st = {
        let mut st = state.borrow_mut();
        match (hidden_at(&st.hidden, theme), visible) {
            (Ok(i), true) => {
                st.hidden.remove(i);
            }
            (Err(i), false) => st.hidden.insert(i, theme.to_string()),
            _ => {}
        }
        for (id, button) in &st.legend {
            if id == theme {
                button.set_attribute("aria-pressed", if visible { "true" } else { "false" })?;
            }
        }
        fill_all(&st)?;
        st.root.clone()
    };
    let detail = js_sys::Object::new();
    js_sys::Reflect::set(&detail, &"theme".into(), &theme.into())?;
    js_sys::Reflect::set(&detail, &"visible".into(), &visible.into())?;
    dispatch(&st, "article-lens:toggle", &detail)
}

/// Scrolls to the blocks that support key point `i` and marks them for a moment.
fn show_evidence(state: &Rc<RefCell<State>>, i: usize) -> JsResult<()> {
    let mut st = state.borrow_mut();
    let Some(kp) = st.analysis.key_points.get(i).cloned() else {
        return Ok(());
    };
    // Evidence further down than what is rendered yet: render up to it first.
    let furthest = kp.evidence.iter().copied().max().unwrap_or(0);
    let shown = st.block_elements.len();
    if furthest >= shown {
        render_blocks(&mut st, furthest + 1 - shown)?;
    }
    for e in &st.block_elements {
        e.class_list().remove_1("al-evidence")?;
    }
    for (n, &b) in kp.evidence.iter().enumerate() {
        if let Some(e) = st.block_elements.get(b) {
            e.class_list().add_1("al-evidence")?;
            if n == 0 {
                if let Some(body) = e.closest("details").ok().flatten() {
                    body.set_attribute("open", "")?;
                }
                e.scroll_into_view_with_bool(true);
                e.set_attribute("tabindex", "-1")?;
                let _ = e.unchecked_ref::<web_sys::HtmlElement>().focus();
            }
        }
    }
    Ok(())
}
