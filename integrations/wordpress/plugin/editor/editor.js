/* Haven Widgets: the block editor's controls, with no build step. Plain ES5-style script using
 * the editor's own globals (wp.blocks, wp.element, wp.blockEditor, wp.components). The controls
 * come from the same generated data as the server's checks (window.havenWidgetsElements), so a
 * new element gets its block and its controls without changes here. The block is dynamic: it
 * saves only its attributes, and the server renders it. */
(function (wp, elements) {
  'use strict';
  if (!wp || !wp.blocks || !elements) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var c = wp.components;

  function control(name, attribute, value, set) {
    var common = { key: name, label: attribute.label, help: attribute.description };
    if (attribute.kind === 'boolean') {
      return el(c.ToggleControl, Object.assign(common, { checked: !!value, onChange: set }));
    }
    if (attribute.kind === 'enum') {
      var options = [{ label: __('(default)', 'haven-widgets'), value: '' }].concat(
        attribute.enum.map(function (v) {
          return { label: v, value: v };
        }),
      );
      return el(
        c.SelectControl,
        Object.assign(common, { value: value || '', options: options, onChange: set }),
      );
    }
    return el(
      c.TextControl,
      Object.assign(common, {
        value: value || '',
        type: attribute.kind === 'url' ? 'url' : 'text',
        onChange: set,
      }),
    );
  }

  Object.keys(elements).forEach(function (tag) {
    var element = elements[tag];
    wp.blocks.registerBlockType(element.block, {
      edit: function (props) {
        var attrs = props.attributes;
        var setter = function (name) {
          return function (v) {
            var next = {};
            next[name] = v === '' ? undefined : v;
            props.setAttributes(next);
          };
        };
        var controls = Object.keys(element.attributes).map(function (name) {
          return control(name, element.attributes[name], attrs[name], setter(name));
        });
        controls.push(
          el(c.SelectControl, {
            key: 'lang',
            label: __('Language', 'haven-widgets'),
            value: attrs.lang || '',
            options: [
              { label: __('(the page’s)', 'haven-widgets'), value: '' },
              { label: 'English (en)', value: 'en' },
              { label: 'Español (es)', value: 'es' },
            ],
            onChange: setter('lang'),
          }),
        );
        if (element.json) {
          controls.push(
            el(c.TextareaControl, {
              key: 'data',
              label: __('Details as JSON', 'haven-widgets'),
              help: __(
                'Checked on the server; JSON that does not parse is left out.',
                'haven-widgets',
              ),
              value: attrs.data || '',
              onChange: setter('data'),
            }),
          );
        }
        var set = Object.keys(attrs).filter(function (n) {
          return attrs[n] !== undefined && attrs[n] !== '' && attrs[n] !== false;
        });
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(c.PanelBody, { title: element.block }, controls)),
          el(
            c.Placeholder,
            { label: '<' + tag + '>', instructions: element.summary },
            el(
              'p',
              null,
              set.length
                ? set
                    .map(function (n) {
                      return attrs[n] === true ? n : n + ' = ' + attrs[n];
                    })
                    .join(' · ')
                : __(
                    'Defaults. Settings are in the block sidebar; the page shows the element.',
                    'haven-widgets',
                  ),
            ),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.havenWidgetsElements);
