-- The day a request for an advocate was first picked up (referred, contact made or closed),
-- so the dashboard can show how fast requests are picked up. Set once, never moved.
ALTER TABLE advocacy_requests ADD COLUMN picked_up_day TEXT;
