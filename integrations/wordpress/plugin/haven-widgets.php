<?php
/**
 * Plugin Name:       Haven Widgets
 * Description:       Myths-versus-facts cards, well-being tables, a therapist callout and a quick exit, as blocks and a [haven] shortcode. Private by default: no network requests, no cookies, no storage, no telemetry.
 * Version:           {{VERSION}}
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       haven-widgets
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

const HAVEN_WIDGETS_VERSION = '{{VERSION}}';
const HAVEN_WIDGETS_MODULE  = 'haven-widgets';
/** The option behind Settings → Writing → "Haven elements in pasted HTML". Removed on uninstall. */
const HAVEN_WIDGETS_OPTION_MARKUP = 'haven_widgets_allow_markup';

require_once __DIR__ . '/includes/render.php';

/**
 * Every element, its attributes and its pre-rendered variants, generated from
 * custom-elements.json by the build (includes/elements.php).
 *
 * @return array<string, array>
 */
function haven_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = require __DIR__ . '/includes/elements.php';
	}
	return $elements;
}

/** The built bundle's facts from dist/manifest.json: file name and sha384 integrity. */
function haven_widgets_bundle() {
	static $bundle = null;
	if ( null === $bundle ) {
		$bundle = require __DIR__ . '/includes/bundle.php';
	}
	return $bundle;
}

add_action( 'init', 'haven_widgets_register' );

/** Registers the script module, the editor script, one dynamic block per element and the shortcode. */
function haven_widgets_register() {
	$bundle = haven_widgets_bundle();
	wp_register_script_module(
		HAVEN_WIDGETS_MODULE,
		plugins_url( 'assets/' . $bundle['file'], __FILE__ ),
		array(),
		HAVEN_WIDGETS_VERSION
	);
	wp_register_script(
		'haven-widgets-editor',
		plugins_url( 'editor/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		HAVEN_WIDGETS_VERSION,
		true
	);
	foreach ( glob( __DIR__ . '/blocks/*/block.json' ) as $block_json ) {
		register_block_type( dirname( $block_json ) );
	}
	add_shortcode( 'haven', 'haven_widgets_shortcode' );
}

add_action( 'enqueue_block_editor_assets', 'haven_widgets_editor_assets' );

/** Gives the editor script the element data, only where the block editor loads. */
function haven_widgets_editor_assets() {
	wp_add_inline_script(
		'haven-widgets-editor',
		'window.havenWidgetsElements = ' . wp_json_encode( haven_widgets_editor_data() ) . ';',
		'before'
	);
}

/** What the editor script needs to build its controls: the same generated data, without the HTML. */
function haven_widgets_editor_data() {
	$data = array();
	foreach ( haven_widgets_elements() as $tag => $element ) {
		$data[ $tag ] = array(
			'block'      => $element['block'],
			'attributes' => $element['attributes'],
			'json'       => $element['json'],
		);
	}
	return $data;
}

/**
 * The shortcode: [haven element="myth-facts" topic="therapy"]. Attributes are checked against
 * the element's attributes from custom-elements.json; a valueless one (`collapsed`) is a boolean.
 *
 * @param array|string $atts Shortcode attributes.
 */
function haven_widgets_shortcode( $atts ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$element = isset( $atts['element'] ) ? strtolower( (string) $atts['element'] ) : '';
	$tag     = 0 === strpos( $element, 'haven-' ) ? $element : 'haven-' . $element;
	if ( ! isset( haven_widgets_elements()[ $tag ] ) ) {
		return '<!-- haven: unknown element -->';
	}
	$raw = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$raw[ strtolower( (string) $value ) ] = true; // [haven element="myth-facts" collapsed]
		} elseif ( 'element' !== $name ) {
			// The builder writes " and ] inside a value as entities, which a shortcode cannot hold.
			$raw[ $name ] = html_entity_decode( (string) $value, ENT_QUOTES, 'UTF-8' );
		}
	}
	return haven_widgets_render( $tag, $raw );
}

/*
 * Pasted HTML. Off by default: Settings → Writing → "Haven elements in pasted HTML" lets
 * users without unfiltered_html (Authors, Contributors, everyone but super admins on
 * multisite) keep <haven-*> tags and their attributes, lang included, when they save.
 */
add_filter( 'wp_kses_allowed_html', 'haven_widgets_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'haven_widgets_kses_uri_attributes' );

/** Whether an administrator has allowed haven elements in pasted HTML. */
function haven_widgets_markup_allowed() {
	return '1' === get_option( HAVEN_WIDGETS_OPTION_MARKUP, '0' );
}

/**
 * Adds every haven tag and its manifest attributes (plus lang, which WordPress does not add to
 * custom tags by itself) to the post allow-list.
 *
 * @param array  $tags    Allowed tags.
 * @param string $context KSES context.
 */
function haven_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! haven_widgets_markup_allowed() ) {
		return $tags;
	}
	foreach ( haven_widgets_elements() as $tag => $element ) {
		$allowed = array(
			'lang'  => true,
			'dir'   => true,
			'class' => true,
			'id'    => true,
		);
		foreach ( $element['attributes'] as $name => $attribute ) {
			$allowed[ $name ] = 'enum' === $attribute['kind'] ? array( 'values' => $attribute['enum'] ) : true;
		}
		$tags[ $tag ] = $allowed;
	}
	return $tags;
}

/**
 * Attributes that hold an address get KSES's protocol check too (javascript: removed).
 *
 * @param string[] $attributes URI attributes.
 */
function haven_widgets_kses_uri_attributes( $attributes ) {
	if ( ! haven_widgets_markup_allowed() ) {
		return $attributes;
	}
	foreach ( haven_widgets_elements() as $element ) {
		foreach ( $element['attributes'] as $name => $attribute ) {
			if ( 'url' === $attribute['kind'] ) {
				$attributes[] = $name;
			}
		}
	}
	return array_values( array_unique( $attributes ) );
}

add_action( 'admin_init', 'haven_widgets_settings' );

/** One checkbox on Settings → Writing. */
function haven_widgets_settings() {
	register_setting(
		'writing',
		HAVEN_WIDGETS_OPTION_MARKUP,
		array(
			'type'              => 'string',
			'default'           => '0',
			'sanitize_callback' => static function ( $value ) {
				return '1' === (string) $value ? '1' : '0';
			},
		)
	);
	add_settings_field(
		HAVEN_WIDGETS_OPTION_MARKUP,
		esc_html__( 'Haven elements in pasted HTML', 'haven-widgets' ),
		static function () {
			printf(
				'<label><input type="checkbox" name="%1$s" value="1" %2$s> %3$s</label>',
				esc_attr( HAVEN_WIDGETS_OPTION_MARKUP ),
				checked( haven_widgets_markup_allowed(), true, false ),
				esc_html__( 'Keep <haven-…> tags and their attributes when Authors and Editors save HTML. Values are checked again on display.', 'haven-widgets' )
			);
		},
		'writing'
	);
}

/*
 * On display: haven tags in post content (pasted, or written by an administrator) have their
 * attributes checked like a block's, and a page that has one gets the script.
 */
add_filter( 'the_content', 'haven_widgets_filter_content', 20 );

/**
 * @param string $content Post content, after blocks and shortcodes.
 */
function haven_widgets_filter_content( $content ) {
	if ( false === stripos( $content, '<haven-' ) ) {
		return $content;
	}
	$elements  = haven_widgets_elements();
	$processor = new WP_HTML_Tag_Processor( $content );
	$found     = false;
	while ( $processor->next_tag() ) {
		$tag = strtolower( $processor->get_tag() );
		if ( ! isset( $elements[ $tag ] ) || $processor->is_tag_closer() ) {
			continue;
		}
		$found = true;
		$names = $processor->get_attribute_names_with_prefix( '' );
		$raw   = array();
		foreach ( (array) $names as $name ) {
			$raw[ $name ] = $processor->get_attribute( $name );
		}
		$clean = haven_widgets_clean_attributes( $tag, $raw );
		foreach ( (array) $names as $name ) {
			if ( ! array_key_exists( $name, $clean ) ) {
				$processor->remove_attribute( $name );
			}
		}
	}
	if ( $found ) {
		haven_widgets_enqueue();
	}
	return $processor->get_updated_html();
}

/** Asks for the module script on this page; it is printed once, with its integrity. */
function haven_widgets_enqueue() {
	wp_enqueue_script_module( HAVEN_WIDGETS_MODULE );
}

add_filter( 'wp_script_attributes', 'haven_widgets_script_attributes' );

/**
 * Adds integrity (sha384 from the build manifest) and crossorigin to the module's <script>.
 *
 * @param array $attributes Script tag attributes.
 */
function haven_widgets_script_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && HAVEN_WIDGETS_MODULE . '-js-module' === $attributes['id'] ) {
		$attributes['integrity']   = haven_widgets_bundle()['integrity'];
		$attributes['crossorigin'] = 'anonymous';
	}
	return $attributes;
}
