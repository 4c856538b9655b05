<?php
/**
 * Checking attributes and writing an element's HTML: shared by the blocks, the shortcode and
 * pasted markup.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Global attributes kept on every element, each with the pattern its value must match: the
 * language, the direction, and a class or id for the site's own styles.
 */
const HAVEN_WIDGETS_GLOBAL_ATTRIBUTES = array(
	'lang'  => '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/',
	'dir'   => '/^(ltr|rtl|auto)$/',
	'class' => '/^[A-Za-z0-9_ -]{1,200}$/',
	'id'    => '/^[A-Za-z][A-Za-z0-9_:.-]{0,100}$/',
);

/** Longest value kept for one attribute. */
const HAVEN_WIDGETS_MAX_VALUE = 2000;

/**
 * Keeps only the attributes the element has (plus lang, dir, class, id), each checked against its kind from
 * custom-elements.json: booleans, choices, numbers, https: addresses and plain text. Values
 * that run code (`javascript:`, `data:`, `vbscript:`) are dropped everywhere.
 *
 * @param string $tag Element tag name.
 * @param array  $raw Attribute name => value (string, bool or number).
 * @return array<string, string|true> Attribute name => value, or true for a boolean.
 */
function haven_widgets_clean_attributes( $tag, $raw ) {
	$elements = haven_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) || ! is_array( $raw ) ) {
		return array();
	}
	$known = $elements[ $tag ]['attributes'];
	$clean = array();
	foreach ( $raw as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( isset( HAVEN_WIDGETS_GLOBAL_ATTRIBUTES[ $name ] ) ) {
			$value = is_scalar( $value ) ? trim( (string) $value ) : '';
			if ( preg_match( HAVEN_WIDGETS_GLOBAL_ATTRIBUTES[ $name ], $value ) ) {
				$clean[ $name ] = $value;
			}
			continue;
		}
		if ( ! isset( $known[ $name ] ) || null === $value || is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		$attribute = $known[ $name ];
		if ( 'boolean' === $attribute['kind'] ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '', '1', 'true', 'yes', 'on', $name ), true ) ) {
				$clean[ $name ] = true;
			}
			continue;
		}
		if ( is_bool( $value ) ) {
			continue;
		}
		// Text: no control characters, no surrounding space, a sane length.
		$value = trim( preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', (string) $value ) );
		if ( '' === $value || strlen( $value ) > HAVEN_WIDGETS_MAX_VALUE || ! wp_check_invalid_utf8( $value ) ) {
			continue;
		}
		if ( preg_match( '/^\W*(javascript|vbscript|data|livescript)\s*:/i', preg_replace( '/\s+/', '', $value ) ) ) {
			continue;
		}
		switch ( $attribute['kind'] ) {
			case 'enum':
				if ( in_array( $value, $attribute['enum'], true ) ) {
					$clean[ $name ] = $value;
				}
				break;
			case 'number':
				if ( preg_match( '/^-?\d+(\.\d+)?$/', $value ) ) {
					$clean[ $name ] = $value;
				}
				break;
			case 'url':
				if ( preg_match( '#^https://[^\s"<>]+$#i', $value ) && esc_url_raw( $value, array( 'https' ) ) !== '' ) {
					$clean[ $name ] = $value;
				}
				break;
			default:
				$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * An element's HTML: the tag with its checked, escaped attributes; the JSON data, if the element
 * takes some; and, when the build pre-rendered these exact attributes, the element's content as
 * declarative shadow DOM, so the page reads without JavaScript. Enqueues the module script.
 *
 * @param string      $tag  Element tag name.
 * @param array       $raw  Attribute name => value.
 * @param string|null $json JSON data for elements that read a <script type="application/json"> child.
 */
function haven_widgets_render( $tag, $raw, $json = null ) {
	$elements = haven_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$element = $elements[ $tag ];
	$clean   = haven_widgets_clean_attributes( $tag, $raw );
	ksort( $clean, SORT_STRING );

	$html = '<' . $tag;
	foreach ( $clean as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>';

	$data = null;
	if ( $element['json'] && is_string( $json ) && '' !== trim( $json ) ) {
		$decoded = json_decode( $json, true );
		if ( is_array( $decoded ) ) {
			// Re-encoded, so that nothing in it can close the script element.
			$data = wp_json_encode( $decoded, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		}
	}
	if ( null !== $data ) {
		$html .= '<script type="application/json">' . $data . '</script>';
	} else {
		$html .= haven_widgets_prerendered( $element, $clean );
	}
	$html .= '</' . $tag . '>';

	haven_widgets_enqueue();
	return $html;
}

/**
 * The pre-rendered content (declarative shadow DOM) for exactly these attributes, if the build
 * made it: the defaults, each single choice, and the documented examples.
 *
 * @param array $element Generated element data.
 * @param array $clean   Checked attributes, sorted by name.
 */
function haven_widgets_prerendered( $element, $clean ) {
	$parts = array();
	foreach ( $clean as $name => $value ) {
		$parts[] = true === $value ? $name : $name . "\t" . $value;
	}
	$key = sha1( implode( "\n", $parts ) );
	if ( ! isset( $element['prerendered'][ $key ] ) ) {
		return '';
	}
	$file = dirname( __DIR__ ) . '/prerendered/' . $key . '.html';
	return is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
}

/**
 * A block's render: block attributes are the element's attributes, under the same names;
 * `data` holds JSON for elements that take it.
 *
 * @param string $tag        Element tag name.
 * @param array  $attributes Block attributes.
 */
function haven_widgets_render_block( $tag, $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$json       = isset( $attributes['data'] ) && is_string( $attributes['data'] ) ? $attributes['data'] : null;
	unset( $attributes['data'] );
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
	return '<div ' . $wrapper . '>' . haven_widgets_render( $tag, $attributes, $json ) . '</div>';
}
