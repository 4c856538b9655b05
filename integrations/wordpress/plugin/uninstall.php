<?php
/**
 * Uninstall: removes the plugin's one option. The plugin creates no tables, transients, user
 * meta or files, so nothing else is left behind. Posts keep their blocks and shortcodes as text.
 *
 * @package HavenWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'haven_widgets_allow_markup' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $haven_widgets_site ) {
		delete_blog_option( $haven_widgets_site, 'haven_widgets_allow_markup' );
	}
}
