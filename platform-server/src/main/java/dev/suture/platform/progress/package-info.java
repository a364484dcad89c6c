/**
 * Live progress of executions: {@link dev.suture.platform.progress.ProgressPublisher} is what a worker or the ingest
 * path calls, {@link dev.suture.platform.progress.ProgressEvent} what it sends. Events travel through PostgreSQL
 * {@code NOTIFY} on the channel {@code suture_progress}, so a worker in another process reaches the WebSocket
 * subscribers of every server process; {@link dev.suture.platform.progress.NotificationListener} is the one
 * listening connection per process, open to other channels too.
 */
package dev.suture.platform.progress;
