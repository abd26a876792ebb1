// Form script of the widget form (fixture content only).
